import { listPositionsAsOf } from '@/db/queries/positions';
import { listActorsInScope, type ActorScope } from '@/db/queries/scope';
import { outcomeKey } from '@/lib/domain/tally';

/**
 * The counts the /compare engine gives for one date: the actors in scope on that day (group membership judged on it)
 * and their as-of applicability, counted by outcome. Only non-zero counts, for comparing with a series point.
 */
export async function engineCounts(scope: ActorScope, asOf: string): Promise<Record<string, number>> {
  const actors = await listActorsInScope(scope, asOf);
  const rows = await listPositionsAsOf({ asOf, dimensions: ['applicability'], actorIds: actors.map((a) => a.id) });
  const counts: Record<string, number> = {};
  for (const r of rows) {
    const k = outcomeKey(r.outcomes.applicability!);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

export const nonZero = (c: Record<string, number>) => Object.fromEntries(Object.entries(c).filter(([, n]) => n > 0));
