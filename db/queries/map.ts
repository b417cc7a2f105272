import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors } from '@/db/schema';
import type { DimensionKey } from '@/lib/domain/codebook';
import type { MapState } from '@/lib/map/map-model';
import { listPositionsAsOf } from './positions';

/**
 * Every State in the database with its outcome on one dimension as of a date — through the same as-of rule as
 * /compare (listPositionsAsOf), never a second one. Four queries whatever the number of States.
 */
export async function listStateOutcomes(dimension: DimensionKey, asOf: string): Promise<MapState[]> {
  const ids = db
    .select({ id: actors.id })
    .from(actors)
    .where(eq(actors.kind, 'state'))
    .orderBy(asc(actors.name))
    .all()
    .map((a) => a.id);
  const rows = await listPositionsAsOf({ asOf, dimensions: [dimension], actorIds: ids });
  return rows.map((r) => ({ slug: r.actor.slug, name: r.actor.name, iso3: r.actor.iso3, outcome: r.outcomes[dimension] ?? { kind: 'no_document' } }));
}
