import 'server-only';
import type { Outcome } from '@/lib/domain/as-of';
import { listActors, type ActorListFilter, type ActorListRow } from './actors';
import { listPositionsAsOf } from './positions';

export type ActorDirectoryRow = ActorListRow & { applicability: Outcome };

/** The /actors table: actors with their number of documents and their applicability value as of a date. */
export async function listActorDirectory(filter: ActorListFilter, asOf: string): Promise<ActorDirectoryRow[]> {
  const rows = await listActors(filter);
  const positions = await listPositionsAsOf({ asOf, dimensions: ['applicability'], actorIds: rows.map((r) => r.id) });
  const byId = new Map(positions.map((p) => [p.actor.id, p.outcomes.applicability!]));
  return rows.map((r) => ({ ...r, applicability: byId.get(r.id) ?? { kind: 'no_document' } }));
}
