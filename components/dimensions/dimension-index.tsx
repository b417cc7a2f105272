import Link from 'next/link';
import { DIMENSIONS, DIMENSION_LABELS } from '@/lib/codebook';
import type { MatrixRow } from '@/lib/compare-rows';
import { dimensionCoverage } from '@/lib/dimension-coverage';
import { plural } from '@/lib/plural';

/** The index of dimensions: question, coverage (coded for N of M States) and a link to each across actors. */
export function DimensionIndex({ rows, asOf }: { rows: MatrixRow[]; asOf: string }) {
  const coverage = new Map(dimensionCoverage(rows, DIMENSIONS.map((d) => d.key)).map((c) => [c.dimension, c]));
  return (
    <>
      <h1>Dimensions</h1>
      <p className="lede">The nine questions of the codebook. Each page sets every actor&apos;s answer on one question side by side.</p>
      <div className="table-scroll" role="region" aria-label="Dimensions and their coverage" tabIndex={0}>
        <table>
          <caption>Coverage as of {asOf}: for how many States the tracker holds a coded finding (a value or a coded silence)</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Question</th>
              <th scope="col">Coverage</th>
            </tr>
          </thead>
          <tbody>
            {DIMENSIONS.map((d) => {
              const c = coverage.get(d.key)!;
              return (
                <tr key={d.key}>
                  <th scope="row">
                    <Link href={`/dimensions/${d.key}`}>{DIMENSION_LABELS[d.key]}</Link>
                  </th>
                  <td>{d.question}</td>
                  <td>
                    coded for {c.coded} of {plural(c.total, 'State')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
