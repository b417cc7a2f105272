import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { documentRevisions, origins } from '@/db/schema';
import { revisionItem, type DocumentRevisionItem } from '@/lib/documents/revisions';

/** The corrections and the withdrawal of each document, oldest first, worded (lib/documents/revisions.ts). */
export async function listDocumentRevisions(documentIds: readonly number[]): Promise<Map<number, DocumentRevisionItem[]>> {
  const out = new Map<number, DocumentRevisionItem[]>();
  if (documentIds.length === 0) return out;
  const rows = db
    .select()
    .from(documentRevisions)
    .where(inArray(documentRevisions.documentId, [...new Set(documentIds)]))
    .orderBy(asc(documentRevisions.createdAt), asc(documentRevisions.id))
    .all();
  for (const r of rows) out.set(r.documentId, [...(out.get(r.documentId) ?? []), revisionItem(r)]);
  return out;
}

/** The revisions one desk proposal made when it was published (through its origin), worded; none before that. */
export async function listRevisionsOfProposal(proposalId: number): Promise<DocumentRevisionItem[]> {
  return db
    .select({
      kind: documentRevisions.kind,
      createdAt: documentRevisions.createdAt,
      reason: documentRevisions.reason,
      before: documentRevisions.before,
      after: documentRevisions.after,
    })
    .from(documentRevisions)
    .innerJoin(origins, eq(origins.id, documentRevisions.originId))
    .where(eq(origins.proposalId, proposalId))
    .orderBy(asc(documentRevisions.id))
    .all()
    .map(revisionItem);
}
