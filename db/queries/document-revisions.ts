import 'server-only';
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { documentRevisions, documents, origins } from '@/db/schema';
import type { DocumentCorrectionItem } from '@/lib/changes/document-correction-text';
import { revisionItem, revisionSnapshotSchema, type DocumentRevisionItem } from '@/lib/documents/revisions';
import type { ChangeFilter } from './changes';

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

/**
 * Corrections of documents' own records and withdrawals of documents, newest first, for /changes and its feed:
 * `from` / `to` bound the day the revision was published, `actors` keeps those whose document any of them wrote (its
 * authors after a correction, before a withdrawal, as the revision stored them).
 */
export async function listDocumentCorrections(filter: ChangeFilter = {}): Promise<DocumentCorrectionItem[]> {
  const day = sql<string>`substr(${documentRevisions.createdAt}, 1, 10)`;
  const rows = db
    .select({
      id: documentRevisions.id,
      kind: documentRevisions.kind,
      createdAt: documentRevisions.createdAt,
      reason: documentRevisions.reason,
      before: documentRevisions.before,
      after: documentRevisions.after,
      slug: documents.slug,
      title: documents.title,
      date: documents.date,
    })
    .from(documentRevisions)
    .innerJoin(documents, eq(documents.id, documentRevisions.documentId))
    .where(and(filter.from ? gte(day, filter.from) : undefined, filter.to ? lte(day, filter.to) : undefined))
    .orderBy(desc(documentRevisions.createdAt), desc(documentRevisions.id))
    .all();
  const chosen = filter.actors?.length ? new Set(filter.actors) : null;
  return rows
    .map((r): DocumentCorrectionItem => {
      const snapshot = revisionSnapshotSchema.safeParse(r.kind === 'withdrawal' ? r.before : r.after);
      const { changes } = revisionItem(r);
      return {
        revisionId: r.id,
        kind: r.kind,
        at: r.createdAt,
        reason: r.reason,
        changes,
        document: { slug: r.slug, title: r.title, date: r.date },
        authors: snapshot.success ? snapshot.data.authors.map((a) => ({ slug: a.actor, name: a.name })) : [],
      };
    })
    .filter((c) => !chosen || c.authors.some((a) => chosen.has(a.slug)));
}
