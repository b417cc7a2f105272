import Link from 'next/link';
import { DIMENSIONS, DIMENSION_LABELS } from '@/lib/domain/codebook';
import { coverageText, type Coverage } from '@/lib/domain/coverage';
import { dimensionHref } from '@/lib/url/hrefs';

/** The index of dimensions: question, coverage (coded for N of M States) and a link to each across actors. */
export function DimensionIndex({ coverage, asOf }: { coverage: Record<string, Coverage>; asOf: string }) {
  return (
    <>
      <h1>Dimensions</h1>
      <p className="lede">The nine questions of the codebook. Each page sets every actor&apos;s answer on one question side by side.</p>
      <table className="phone-cards" id="dimension-index">
        <caption id="dimension-index-caption">
          Coverage as of {asOf}: for how many UN member States the tracker holds a coded finding (a value, or a coded silence)
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Question</th>
            <th scope="col">Coverage</th>
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((d) => {
            const c = coverage[d.key];
            return (
              <tr key={d.key} data-dimension={d.key}>
                <th scope="row">
                  <Link href={dimensionHref(d.key)}>{DIMENSION_LABELS[d.key]}</Link>
                </th>
                <td data-label="Question">{d.question}</td>
                <td data-label="Coverage">{c ? coverageText(c) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
