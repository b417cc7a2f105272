import type { ChartSeries } from '@/lib/timeline/timeline-chart';
import { monthMoves } from '@/lib/timeline/timeline-chart';
import type { MonthPoint } from '@/lib/timeline/timeline-series';
import { compareWith } from '@/lib/url/hrefs';
import type { CompareFilters } from '@/lib/url/timeline-params';

/**
 * The chart's twin: the same month-end counts, newest first, each month linking to /compare as of that day. It lists
 * the months where a count moved (with the first and the latest; movedMonths): a month not listed has the counts of
 * the row below it. Plain links, no client router: one per row would put a component per month in the payload.
 */
export function ApplicabilityTable({ rows, series, compareFilters }: { rows: MonthPoint[]; series: ChartSeries[]; compareFilters: CompareFilters }) {
  // Between two listed rows nothing moved, so the change since the row below is the change since the month before.
  const moves = monthMoves(rows, series);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="timeline-table-caption">
      <table id="timeline-table">
        <caption id="timeline-table-caption">
          Actors holding each applicability value at the end of each month in which a count moved, newest first; a month not listed has the counts of the row
          below it (the chart&apos;s data; scrolls)
        </caption>
        <thead>
          <tr>
            <th scope="col">Month end</th>
            {series.map((s) => (
              <th scope="col" key={s.key} data-key={s.key}>
                {s.label}
              </th>
            ))}
            <th scope="col">Actors</th>
            <th scope="col">Moved since the month before</th>
          </tr>
        </thead>
        <tbody>
          {[...rows].reverse().map((p) => (
            <tr key={p.asOf} data-as-of={p.asOf}>
              <th scope="row">
                <a href={compareWith({ asOf: p.asOf, ...compareFilters })} aria-label={`Compare as of ${p.asOf}`}>
                  {p.asOf}
                </a>
              </th>
              {series.map((s) => (
                <td key={s.key}>{p.counts[s.key] ?? 0}</td>
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
