/**
 * The global timeline: how many actors held each applicability value at the end of each month, by the as-of rule
 * (lib/as-of.ts). See docs/timeline.md for how it is computed and what it costs.
 */
import { compareDocuments, resolveAsOf, resolvePrefixes, type AsOfCoding, type AsOfDocument } from '@/lib/domain/as-of';
import { monthEnds } from '@/lib/domain/dates';
import { countByOutcome, outcomeKey } from '@/lib/domain/tally';

export type SeriesActor = { id: number; documents: readonly AsOfDocument[]; codings: readonly AsOfCoding[] };
export type MonthPoint = { asOf: string; counts: Record<string, number>; total: number };
/** Whether an actor counts on a date (group membership is judged on each month end). */
export type InScope = (actorId: number, asOf: string) => boolean;

/** Keys of the series, in stacking order: codebook values (silent among them), then not yet coded, no document. */
export function seriesKeys(): string[] {
  return countByOutcome('applicability', []).map((c) => c.key);
}

/** The counts on one date, straight from the as-of rule: the definition the month-by-month series must match. */
export function countApplicabilityAt(actors: readonly SeriesActor[], asOf: string, inScope: InScope): MonthPoint {
  const outcomes = actors.filter((a) => inScope(a.id, asOf)).map((a) => resolveAsOf('applicability', asOf, a.documents, a.codings));
  const counts = Object.fromEntries(countByOutcome('applicability', outcomes).map((c) => [c.key, c.count]));
  return { asOf, counts, total: outcomes.length };
}

type Step = { from: string; key: string };

/**
 * An actor's applicability outcome as a step function: its key from each day a document takes effect. The as-of
 * outcome depends on the date only through which documents are in effect, so it can change on those days alone;
 * before the first one it is "no document tracked".
 */
export function applicabilitySteps(actor: SeriesActor): Step[] {
  const ordered = [...actor.documents].sort(compareDocuments);
  const outcomes = resolvePrefixes('applicability', ordered, actor.codings);
  // The outcome on a day is the one after the last document taking effect that day (documents are in date order).
  return ordered.flatMap((d, i) => (ordered[i + 1]?.effective === d.effective ? [] : [{ from: d.effective, key: outcomeKey(outcomes[i]!) }]));
}

/**
 * One point per month end from `fromMonth` to `toMonth` (YYYY-MM). Resolves each actor once per document date, then
 * walks the month ends with one cursor per actor: cost actors × documents (the rule) + months × actors (counting),
 * instead of months × actors × documents for resolving at every month end. Equal to `countApplicabilityAt` on
 * every month end (tests/lib/timeline-series.test.ts checks it).
 */
export function buildApplicabilitySeries(actors: readonly SeriesActor[], fromMonth: string, toMonth: string, inScope: InScope): MonthPoint[] {
  const keys = seriesKeys();
  const cursors = actors.map((a) => ({ id: a.id, steps: applicabilitySteps(a), next: 0, key: 'no_document' }));
  return monthEnds(fromMonth, toMonth).map((asOf) => {
    const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
    let total = 0;
    for (const c of cursors) {
      while (c.next < c.steps.length && c.steps[c.next]!.from <= asOf) c.key = c.steps[c.next++]!.key;
      if (!inScope(c.id, asOf)) continue;
      counts[c.key] = (counts[c.key] ?? 0) + 1;
      total += 1;
    }
    return { asOf, counts, total };
  });
}
