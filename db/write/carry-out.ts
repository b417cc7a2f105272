/**
 * Carries out one record's plan (lib/dataset/plan.ts) inside the caller's transaction: the same rows and the same
 * audit events whether an import or a published proposal brought the record. Decides nothing: every choice (add,
 * revise, supersede, withdraw, keep) was made by the planner.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { documentAuthors, documents, passages } from '@/db/schema';
import type { CodingContent, PassageKey } from '@/lib/dataset/coding-content';
import type { CodingStep, RecordPlan } from '@/lib/dataset/plan';
import type { IncomingRecord } from '@/lib/dataset/record';
import { appendAudit } from './audit';
import type { WriteContext } from './context';
import { documentSnapshot, recordRevision } from './document-revisions';
import type { StateIds } from './published-state';
import { appendCoding, documentRow, ensurePassage, type Provenance } from './records';

export type CarriedOut = { documentId: number; createdDocument: boolean; createdCodings: number[]; supersedingCodings: number[]; textChanged: boolean };

function passageIdOf(tx: Db, documentId: number, record: IncomingRecord, p: PassageKey): number {
  const known = tx
    .select({ id: passages.id })
    .from(passages)
    .where(and(eq(passages.documentId, documentId), eq(passages.quote, p.quote), eq(passages.locator, p.locator)))
    .get();
  if (known) return known.id;
  const role = record.passages.find((x) => x.quote === p.quote && x.locator === p.locator)?.role ?? null;
  return ensurePassage(tx, documentId, p.quote, p.locator, role);
}

/** The reason shown with a coding row: the editor's own reason, or what the import changed. */
function reasonNote(ctx: WriteContext, record: IncomingRecord, step: Exclude<CodingStep, { action: 'keep' }>): string | null {
  if (step.action === 'add' && step.supersedes === null) return null;
  if (record.from === 'desk') return ctx.why;
  if (step.action === 'withdraw') return `${ctx.why}: no longer coded`;
  return `${ctx.why}: ${step.action === 'supersede' ? step.change : 'coded again'}`;
}

/** What to carry out: the record, its plan, the ids of the state it was planned on, every actor's id, and the origin. */
export type CarryOutInput = { record: IncomingRecord; plan: RecordPlan; ids: StateIds; actorIds: Map<string, number>; from: () => Provenance };

export function carryOut(ctx: WriteContext, { record, plan, ids, actorIds, from }: CarryOutInput): CarriedOut {
  const { tx } = ctx;
  const desk = record.from === 'desk';
  const action = desk ? ('publish' as const) : ('import' as const);
  const out: CarriedOut = { documentId: ids.documentId ?? 0, createdDocument: false, createdCodings: [], supersedingCodings: [], textChanged: false };
  // A revision of the document itself is audited once, with the whole record before and after (document-revisions.ts).
  const revisedFrom = plan.revision ? documentSnapshot(tx, out.documentId) : null;
  const audited = revisedFrom === null;

  const d = plan.document;
  if (d.action === 'add') {
    const row = tx
      .insert(documents)
      .values({ ...documentRow({ ...d.fields, slug: record.slug }), originId: from().originId })
      .returning()
      .get();
    out.documentId = row.id;
    out.createdDocument = out.textChanged = true;
    if (desk)
      appendAudit(ctx, {
        action: 'publish',
        entity: 'document',
        entityId: record.slug,
        after: { ...row, authors: record.readings?.map((r) => r.actor) ?? [], passages: record.passages },
      });
  } else if (d.action === 'revise') {
    const before = tx.select().from(documents).where(eq(documents.id, out.documentId)).get()!;
    const after = tx
      .update(documents)
      .set({ ...documentRow({ ...d.fields, slug: record.slug }), revisionOriginId: from().originId })
      .where(eq(documents.id, out.documentId))
      .returning()
      .get();
    out.textChanged = true;
    if (audited) appendAudit(ctx, { action, entity: 'document', entityId: record.slug, before, after } as const);
  }

  for (const r of plan.readings) {
    if (r.action === 'keep') continue;
    const actorId = actorIds.get(r.actor)!;
    const where = and(eq(documentAuthors.documentId, out.documentId), eq(documentAuthors.actorId, actorId));
    if (r.action === 'add')
      tx.insert(documentAuthors)
        .values({ documentId: out.documentId, actorId, ...r.reading, originId: from().originId })
        .run();
    else {
      tx.update(documentAuthors)
        .set({ ...r.reading, revisionOriginId: from().originId })
        .where(where)
        .run();
      if (audited) appendAudit(ctx, { action, entity: 'document_author', entityId: `${record.slug}/${r.actor}`, before: r.before, after: r.reading });
    }
    out.textChanged = true;
  }
  // Authors who leave it (their readings are kept in the revision): no public read reaches the document through them.
  for (const actor of plan.leaving) {
    tx.delete(documentAuthors)
      .where(and(eq(documentAuthors.documentId, out.documentId), eq(documentAuthors.actorId, actorIds.get(actor)!)))
      .run();
    out.textChanged = true;
  }

  for (const p of plan.passages) ensurePassage(tx, out.documentId, p.quote, p.locator, p.role);
  if (plan.passages.length) out.textChanged = true;

  for (const step of plan.codings) {
    if (step.action === 'keep') continue;
    const previous = step.action === 'add' ? step.supersedes : step.current;
    const content: CodingContent = step.action === 'withdraw' ? { ...step.current.content, value: null, words: null, passages: [] } : step.content;
    const row = appendCoding(tx, {
      documentId: out.documentId,
      actorId: actorIds.get(step.actor)!,
      dimensionKey: step.dimension,
      value: content.value,
      freeText: content.words,
      summary: content.summary,
      confidence: content.confidence,
      confidenceReason: content.confidenceReason,
      verifiedFrom: content.verifiedFrom,
      passageIds: content.passages.map((p) => passageIdOf(tx, out.documentId, record, p)),
      supersedesId: previous?.id ?? null,
      createdAt: ctx.now,
      reason: step.action === 'withdraw' ? 'withdrawal' : previous ? 'correction' : 'original',
      reasonNote: reasonNote(ctx, record, step),
      ...from(),
    });
    // New rows of an import are listed in its one summary row; every other change is audited with before and after.
    if (previous) out.supersedingCodings.push(row.id);
    else out.createdCodings.push(row.id);
    if (previous) appendAudit(ctx, { action, entity: 'coding', entityId: row.id, before: previous, after: row });
    else if (desk) appendAudit(ctx, { action: 'publish', entity: 'coding', entityId: row.id, after: row });
  }
  if (plan.revision && revisedFrom)
    recordRevision(ctx, { documentId: out.documentId, slug: record.slug, kind: plan.revision, before: revisedFrom, from: from() });
  return out;
}
