/**
 * The chart's rows back at every month end. The page sends only the months where a count moved (movedMonths in
 * lib/timeline/timeline-chart.ts); the chart's x axis is one slot per month, so the months between are filled in the
 * browser with the counts of the last row before them. Pure and client-safe (the chart is a client component).
 */
import { monthEnds } from '@/lib/domain/dates';

export type StepRow = { asOf: string } & Record<string, number | string>;

/** Every month end from the first row's month to the last row's, each with the counts of the latest row on or before it. */
export function fillMonthEnds<T extends StepRow>(rows: readonly T[]): T[] {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return [];
  let r = 0;
  return monthEnds(first.asOf.slice(0, 7), last.asOf.slice(0, 7)).map((asOf) => {
    while (r + 1 < rows.length && rows[r + 1]!.asOf <= asOf) r += 1;
    return { ...rows[r]!, asOf };
  });
}
