/** The global timeline: how many actors held each applicability value at the end of each month (as-of rule). */
import { resolveAsOf, type AsOfCoding, type AsOfDocument } from './as-of';
import { monthEnds } from './dates';
import { countByOutcome } from './tally';

export type SeriesActor = { id: number; documents: AsOfDocument[]; codings: AsOfCoding[] };
export type MonthPoint = { asOf: string; counts: Record<string, number>; total: number };

/**
 * One point per month end from `fromMonth` to `toMonth` (YYYY-MM). `inScope` decides per date which actors count,
 * so group membership is judged at each month end. Cost: months × actors × documents per actor.
 */
export function buildApplicabilitySeries(actors: readonly SeriesActor[], fromMonth: string, toMonth: string, inScope: (actorId: number, asOf: string) => boolean): MonthPoint[] {
  return monthEnds(fromMonth, toMonth).map((asOf) => {
    const outcomes = actors.filter((a) => inScope(a.id, asOf)).map((a) => resolveAsOf('applicability', asOf, a.documents, a.codings));
    const counts = Object.fromEntries(countByOutcome('applicability', outcomes).map((c) => [c.key, c.count]));
    return { asOf, counts, total: outcomes.length };
  });
}

/** Keys of the series, in stacking order (codebook values, then the three kinds of "no value"). */
export function seriesKeys(): string[] {
  return countByOutcome('applicability', []).map((c) => c.key);
}
