import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors, documentAuthors, documents } from '@/db/schema';

export type Overview = {
  actorsWithDocuments: number;
  statesWithDocuments: number;
  documents: number;
  uncodedDocuments: number;
  statesTotal: number;
};

/**
 * Headline figures for the home page: what is tracked. Where States stand is counted by lib/domain/state-counts.ts,
 * the one count every page uses.
 */
export async function getOverview(): Promise<Overview> {
  return db
    .select({
      actorsWithDocuments: sql<number>`(SELECT count(DISTINCT ${documentAuthors.actorId}) FROM ${documentAuthors})`,
      statesWithDocuments: sql<number>`(SELECT count(DISTINCT da.actor_id) FROM document_authors da JOIN actors a ON a.id = da.actor_id WHERE a.kind = 'state')`,
      // A withdrawn document has no authors left (document_revisions): it is not counted.
      documents: sql<number>`(SELECT count(*) FROM ${documents} d WHERE EXISTS (SELECT 1 FROM document_authors da WHERE da.document_id = d.id))`,
      uncodedDocuments: sql<number>`(SELECT count(*) FROM ${documents} d WHERE EXISTS (SELECT 1 FROM document_authors da WHERE da.document_id = d.id)
        AND NOT EXISTS (SELECT 1 FROM codings c WHERE c.document_id = d.id))`,
      statesTotal: sql<number>`(SELECT count(*) FROM ${actors} WHERE kind = 'state')`,
    })
    .from(sql`(SELECT 1)`)
    .get()!;
}
