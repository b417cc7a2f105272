import Link from 'next/link';
import type { ChartSeries } from '@/lib/timeline/timeline-chart';
import { monthMoves } from '@/lib/timeline/timeline-chart';
import type { MonthPoint } from '@/lib/timeline/timeline-series';
import { compareWith } from '@/lib/url/hrefs';
import type { CompareFilters } from '@/lib/url/timeline-params';

/** The chart's twin: the same month-end counts, newest first, each month linking to /compare as of that day. */
export function ApplicabilityTable({ points, series, compareFilters }: { points: MonthPoint[]; series: ChartSeries[]; compareFilters: CompareFilters }) {
  const moves = monthMoves(points, series);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="timeline-table-caption">
      <table id="timeline-table">
        <caption id="timeline-table-caption">
          Actors holding each applicability value at the end of each month, newest first (the chart&apos;s data; scrolls)
        </caption>
        <thead>
          <tr>
            <th scope="col">Month end</th>
            {series.map((s) => (
              <th scope="col" key={s.key}>
                {s.label}
              </th>
            ))}
            <th scope="col">Actors</th>
            <th scope="col">Moved since the month before</th>
          </tr>
        </thead>
        <tbody>
          {[...points].reverse().map((p) => (
            <tr key={p.asOf} data-as-of={p.asOf}>
              <th scope="row">
                <Link href={compareWith({ asOf: p.asOf, ...compareFilters })} aria-label={`Compare as of ${p.asOf}`}>
                  {p.asOf}
                </Link>
              </th>
              {series.map((s) => (
                <td key={s.key} data-key={s.key}>
                  {p.counts[s.key] ?? 0}
                </td>
              ))}
              <td>{p.total}</td>
              <td>{moves.get(p.asOf) ? <strong>{moves.get(p.asOf)}</strong> : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
