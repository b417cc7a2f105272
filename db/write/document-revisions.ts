/**
 * A document's own history (`document_revisions`, append-only): each desk correction of its record and its
 * withdrawal, with the record before and after and the editor's reason, written in the publishing transaction with
 * its typed audit event. The public pages word it ("Corrected on …: title was …, now …").
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { actors, documentAuthors, documentRevisions, documents } from '@/db/schema';
import type { RevisionSnapshot } from '@/lib/documents/revisions';
import { appendAudit } from './audit';
import type { WriteContext } from './context';
import { documentFieldsOf } from './published-state';
import type { Provenance } from './records';

/** The document's record now: its fields and its authors, in order, with our reading of it for each. */
export function documentSnapshot(tx: Db, documentId: number): RevisionSnapshot {
  const doc = tx.select().from(documents).where(eq(documents.id, documentId)).get()!;
  const authors = tx
    .select({ actor: actors.slug, name: actors.name, row: documentAuthors })
    .from(documentAuthors)
    .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
    .where(eq(documentAuthors.documentId, documentId))
    .orderBy(asc(sql`${documentAuthors}.rowid`))
    .all()
    .map(({ actor, name, row }) => ({
      actor,
      name,
      reading: { summary: row.summary, notes: row.notes, confidence: row.confidence, verifiedFrom: row.verifiedFrom },
    }));
  return { fields: documentFieldsOf(doc), authors };
}

export type RevisionInput = { documentId: number; slug: string; kind: 'correction' | 'withdrawal'; before: RevisionSnapshot; from: Provenance };

/** Appends the revision (the record after it is read now; none after a withdrawal) and its audit event. */
export function recordRevision(ctx: WriteContext, { documentId, slug, kind, before, from }: RevisionInput): void {
  const after = kind === 'correction' ? documentSnapshot(ctx.tx, documentId) : null;
  ctx.tx
    .insert(documentRevisions)
    .values({ documentId, kind, before, after, reason: ctx.why, createdAt: ctx.now, createdBy: from.createdBy, originId: from.originId })
    .run();
  if (after) appendAudit(ctx, { action: 'document.correct', entity: 'document', entityId: slug, before, after });
  else appendAudit(ctx, { action: 'document.withdraw', entity: 'document', entityId: slug, before, after: null });
}
