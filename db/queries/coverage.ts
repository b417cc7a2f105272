import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors } from '@/db/schema';
import type { DimensionKey } from '@/lib/domain/codebook';
import { coverageOf, type Coverage } from '@/lib/domain/coverage';
import { countStates } from '@/lib/domain/state-counts';
import { listPositionsAsOf } from './positions';

/**
 * For each dimension, as of a date: of all the UN member States held (193), how many are coded, uncoded, undocumented —
 * read off the same count of States as / and /dimensions/* (countStates), never a tally of its own.
 */
export async function getStateCoverage(asOf: string, dimensions: readonly DimensionKey[]): Promise<Record<string, Coverage>> {
  const stateIds = db
    .select({ id: actors.id })
    .from(actors)
    .where(eq(actors.kind, 'state'))
    .all()
    .map((a) => a.id);
  const positions = await listPositionsAsOf({ asOf, dimensions, actorIds: stateIds });
  return Object.fromEntries(
    dimensions.map((d) => [
      d,
      coverageOf(
        countStates(
          d,
          asOf,
          positions.map((p) => ({ ...p.actor, outcome: p.outcomes[d]! })),
        ),
      ),
    ]),
  );
}
