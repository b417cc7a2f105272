import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { memoByContentVersion } from '@/db/memo-by-version';
import { actors } from '@/db/schema';
import type { DimensionKey } from '@/lib/domain/codebook';
import { coverageOf, type Coverage } from '@/lib/domain/coverage';
import { countStates } from '@/lib/domain/state-counts';
import { listPositionsAsOf } from './positions';

/**
 * For each dimension, as of a date: of all the UN member States held (193), how many are coded, uncoded, undocumented —
 * read off the same count of States as / and /dimensions/* (countStates), never a tally of its own. Kept per content
 * version, date and dimensions (shared, read-only): the other URL states of a view (a cell opened, a sort, a filter,
 * a page) show the same line.
 */
export const getStateCoverage = memoByContentVersion(readStateCoverage, (asOf, dimensions) => `${asOf}|${dimensions.join(',')}`);

async function readStateCoverage(asOf: string, dimensions: readonly DimensionKey[]): Promise<Record<string, Coverage>> {
  const positions = await listPositionsAsOf({ asOf, dimensions, actorIds: await stateIds() });
  // In countStates' order once (its sort then finds each list already in order), one small record per State and dimension.
  const states = positions
    .map((p) => ({ slug: p.actor.slug, name: p.actor.name, kind: p.actor.kind, outcomes: p.outcomes }))
    .sort((a, b) => byName.compare(a.name, b.name));
  return Object.fromEntries(
    dimensions.map((d) => [
      d,
      coverageOf(
        countStates(
          d,
          asOf,
          states.map((s) => ({ slug: s.slug, name: s.name, kind: s.kind, outcome: s.outcomes[d]! })),
        ),
      ),
    ]),
  );
}

const byName = new Intl.Collator('en');

const stateIds = memoByContentVersion(async () =>
  db
    .select({ id: actors.id })
    .from(actors)
    .where(eq(actors.kind, 'state'))
    .all()
    .map((a) => a.id),
);
