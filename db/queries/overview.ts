import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors, documentAuthors, documents } from '@/db/schema';
import { countByOutcome, type OutcomeCount } from '@/lib/domain/tally';
import { listPositionsAsOf } from './positions';

export type Overview = {
  actorsWithDocuments: number;
  statesWithDocuments: number;
  documents: number;
  uncodedDocuments: number;
  statesTotal: number;
  applicabilityToday: OutcomeCount[];
};

/** Headline figures for the home page: what is tracked, and where States stand on applicability today. */
export async function getOverview(asOf: string): Promise<Overview> {
  const counts = db
    .select({
      actorsWithDocuments: sql<number>`(SELECT count(DISTINCT ${documentAuthors.actorId}) FROM ${documentAuthors})`,
      statesWithDocuments: sql<number>`(SELECT count(DISTINCT da.actor_id) FROM document_authors da JOIN actors a ON a.id = da.actor_id WHERE a.kind = 'state')`,
      documents: sql<number>`(SELECT count(*) FROM ${documents})`,
      uncodedDocuments: sql<number>`(SELECT count(*) FROM ${documents} d WHERE NOT EXISTS (SELECT 1 FROM codings c WHERE c.document_id = d.id))`,
      statesTotal: sql<number>`(SELECT count(*) FROM ${actors} WHERE kind = 'state')`,
    })
    .from(sql`(SELECT 1)`)
    .get()!;
  const stateIds = db
    .select({ id: actors.id })
    .from(actors)
    .where(sql`${actors.kind} = 'state'`)
    .all()
    .map((a) => a.id);
  const rows = await listPositionsAsOf({ asOf, dimensions: ['applicability'], actorIds: stateIds });
  return {
    ...counts,
    applicabilityToday: countByOutcome(
      'applicability',
      rows.map((r) => r.outcomes.applicability!),
    ),
  };
}
