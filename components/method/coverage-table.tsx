import { DIMENSIONS, DIMENSION_LABELS } from '@/lib/domain/codebook';
import { coverageText, type Coverage } from '@/lib/domain/coverage';
import { dimensionHref } from '@/lib/url/hrefs';

/** For every dimension, as of one date: for how many of the UN member States it is coded, and why not for the others. */
export function CoverageTable({ asOf, coverage }: { asOf: string; coverage: Record<string, Coverage> }) {
  return (
    <section aria-labelledby="coverage">
      <h2 id="coverage">Coverage</h2>
      <p>
        Most State × dimension cells have no coded value yet: either the tracker holds no document of that State, or its documents have not been coded on that
        point. Both are shown in words wherever a cell appears, and never merged with <i>silent</i> or <i>not addressed</i>, which are findings.
      </p>
      <table id="coverage-table" className="phone-cards">
        <caption>Coverage of each dimension as of {asOf}</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Coded</th>
            <th scope="col">Documents, not yet coded</th>
            <th scope="col">No document tracked</th>
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((d) => {
            const c = coverage[d.key];
            if (!c) return null;
            return (
              <tr key={d.key} data-dimension={d.key}>
                <th scope="row">
                  <a href={dimensionHref(d.key)}>{DIMENSION_LABELS[d.key]}</a>
                </th>
                <td data-label="Coded">{coverageText(c)}</td>
                <td data-label="Documents, not yet coded">{c.notCoded}</td>
                <td data-label="No document tracked">{c.noDocument}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
