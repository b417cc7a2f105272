/**
 * Publishing an approved proposal: runs inside the review transaction (db/write/proposals.ts), so the documents,
 * passages, authors, appended codings, search index, audit rows and data version all commit together or not at all.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { actors, codings, documentAuthors, documents, passages } from '@/db/schema';
import { DIMENSION_KEYS, DIMENSIONS, isFreeTextDimension, takesWords } from '@/lib/domain/codebook';
import {
  type CodingPayload,
  codingWords,
  type CorrectionPayload,
  documentSlugFor,
  type NewDocumentPayload,
  type ProposalPayload,
  type WithdrawalPayload,
} from '@/lib/editorial/payloads';
import { appendAudit } from './audit';
import type { WriteContext } from './context';
import { ConflictError, ValidationError } from './errors';
import { appendCoding, currentCoding, documentRow, ensurePassage, isSuperseded, passageIdsOf, type Provenance, refreshSearchIndexFor } from './records';

export type PublishResult = { documentSlug: string; codingIds: number[]; actorSlug?: string };

/** Checks that the references in a payload exist now (at proposal time and again at publish time). */
export function checkReferences(tx: Db, p: ProposalPayload): void {
  const errors: Record<string, string[]> = {};
  if (p.kind === 'new_document') {
    const wanted = [p.actorSlug, ...p.coAuthors];
    const known = new Set(
      tx
        .select({ slug: actors.slug })
        .from(actors)
        .where(inArray(actors.slug, wanted))
        .all()
        .map((a) => a.slug),
    );
    if (p.newActor && known.has(p.newActor.slug)) errors['newActor.slug'] = [`"${p.newActor.slug}" is already tracked: choose it as the actor instead`];
    if (!p.newActor && !known.has(p.actorSlug)) errors.actorSlug = [`unknown actor "${p.actorSlug}"`];
    p.coAuthors.forEach((a, i) => {
      if (!known.has(a)) errors[`coAuthors[${i}]`] = [`unknown actor "${a}"`];
    });
    if (p.document.slug && tx.select({ id: documents.id }).from(documents).where(eq(documents.slug, p.document.slug)).get()) {
      errors['document.slug'] = [`a document "${p.document.slug}" already exists`];
    }
  } else if (p.kind === 'coding') {
    const target = codingTarget(tx, p);
    if (!target.documentId) errors.documentSlug = [`no document "${p.documentSlug}"`];
    else if (!target.actorId) errors.actorSlug = [`"${p.actorSlug}" is not an author of "${p.documentSlug}"`];
    else {
      const current = currentCoding(tx, target.documentId, target.actorId, p.dimension);
      if (current && (current.row.value !== null || current.row.freeText !== null)) {
        throw new ConflictError(`${p.dimension} of "${p.documentSlug}" is already coded (coding ${current.row.id}); propose a correction of it instead.`);
      }
    }
    const values = DIMENSIONS.find((d) => d.key === p.dimension)!.values.map((v) => v.value) as string[];
    if (p.value !== null && !values.includes(p.value))
      errors.value = [values.length ? `must be one of ${values.join(', ')}` : `${p.dimension} takes words, not a value`];
    if (p.freeText !== null && !takesWords(p.dimension)) errors.freeText = [`only ${DIMENSION_KEYS.filter(takesWords).join(' and ')} take words`];
  } else {
    const row = tx.select().from(codings).where(eq(codings.id, p.codingId)).get();
    if (!row) errors.codingId = [`no coding ${p.codingId}`];
    // Told at once, so an editor does not wait for a review to learn the coding moved on.
    else if (isSuperseded(tx, row.id)) throw new ConflictError(`Coding ${row.id} has already been corrected or withdrawn; propose against the current coding.`);
    else if (p.kind === 'correction') {
      const dimension = DIMENSIONS.find((d) => d.key === row.dimensionKey)!;
      const values = dimension.values.map((v) => v.value) as string[];
      if (p.value !== null && !values.includes(p.value)) {
        errors.value = [values.length ? `must be one of ${values.join(', ')} (or not coded)` : `${dimension.key} takes words, not a value`];
      }
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** The document and (author) actor a coding payload names, when both exist and the actor is an author. */
function codingTarget(tx: Db, p: CodingPayload): { documentId: number | null; actorId: number | null } {
  const doc = tx.select({ id: documents.id }).from(documents).where(eq(documents.slug, p.documentSlug)).get();
  const author = doc
    ? tx
        .select({ actorId: documentAuthors.actorId })
        .from(documentAuthors)
        .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
        .where(and(eq(documentAuthors.documentId, doc.id), eq(actors.slug, p.actorSlug)))
        .get()
    : undefined;
  return { documentId: doc?.id ?? null, actorId: author?.actorId ?? null };
}

function publishCoding(ctx: WriteContext, p: CodingPayload, from: Provenance): PublishResult {
  const { tx, why, now } = ctx;
  const { documentId, actorId } = codingTarget(tx, p) as { documentId: number; actorId: number };
  const reading = tx
    .select()
    .from(documentAuthors)
    .where(and(eq(documentAuthors.documentId, documentId), eq(documentAuthors.actorId, actorId)))
    .get()!;
  // A withdrawn coding is the current row of its chain: the new one supersedes it, so there is one current row.
  const withdrawn = currentCoding(tx, documentId, actorId, p.dimension);
  const passageIds = p.passage
    ? [ensurePassage(tx, documentId, p.passage.quote, p.passage.locator)]
    : tx
        .select({ id: passages.id })
        .from(passages)
        .where(eq(passages.documentId, documentId))
        .all()
        .map((r) => r.id);
  const row = appendCoding(tx, {
    documentId,
    actorId,
    dimensionKey: p.dimension,
    value: p.value,
    freeText: p.freeText,
    summary: p.summary ?? reading.summary,
    confidence: p.confidence,
    confidenceReason: p.confidenceReason,
    verifiedFrom: reading.verifiedFrom,
    supersedesId: withdrawn?.row.id ?? null,
    createdAt: now,
    reason: withdrawn ? 'correction' : 'original',
    reasonNote: withdrawn ? why : null,
    ...from,
    passageIds,
  });
  appendAudit(ctx, { action: 'publish', entity: 'coding', entityId: row.id, ...(withdrawn ? { before: withdrawn.row } : {}), after: row });
  if (p.passage) refreshSearchIndexFor(tx, documentId);
  return { documentSlug: p.documentSlug, codingIds: [row.id] };
}

function uniqueDocumentSlug(tx: Db, base: string): string {
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!tx.select({ id: documents.id }).from(documents).where(eq(documents.slug, slug)).get()) return slug;
  }
}

function publishNewDocument(ctx: WriteContext, p: NewDocumentPayload, from: Provenance): PublishResult {
  const { tx, now } = ctx;
  if (p.newActor) {
    const a = p.newActor;
    const row = tx
      .insert(actors)
      .values({
        slug: a.slug,
        name: a.name,
        kind: a.kind,
        iso3: a.iso3,
        region: a.region,
        subregion: a.subregion,
        unRegionalGroup: a.unRegionalGroup,
        originId: from.originId,
      })
      .returning()
      .get();
    appendAudit(ctx, { action: 'publish', entity: 'actor', entityId: row.slug, after: row });
  }
  const slug = p.document.slug ?? uniqueDocumentSlug(tx, documentSlugFor(p.actorSlug, p.document.date, p.document.type));
  const doc = tx
    .insert(documents)
    .values({ ...documentRow({ ...p.document, slug }), originId: from.originId })
    .returning()
    .get();
  const authorSlugs = [p.actorSlug, ...p.coAuthors];
  const authorIds = authorSlugs.map((s) => tx.select({ id: actors.id }).from(actors).where(eq(actors.slug, s)).get()!.id);
  for (const actorId of authorIds) {
    tx.insert(documentAuthors)
      .values({
        documentId: doc.id,
        actorId,
        summary: p.summary,
        notes: p.publicNote,
        confidence: p.confidence,
        verifiedFrom: p.sources,
        originId: from.originId,
      })
      .run();
  }
  const passageIds = p.passages.map((q) => ensurePassage(tx, doc.id, q.quote, q.locator, q.role));
  appendAudit(ctx, { action: 'publish', entity: 'document', entityId: slug, after: { ...doc, authors: authorSlugs, passages: p.passages } });

  const codingIds: number[] = [];
  for (const actorId of authorIds) {
    for (const d of DIMENSIONS) {
      const key = d.key;
      const c = p.codings as Record<string, string | null>;
      const value = isFreeTextDimension(key) ? null : (c[key] ?? null);
      const freeText = codingWords(p.codings, key);
      if (value === null && freeText === null) continue; // not coded: no row, shown as "not yet coded"
      const row = appendCoding(tx, {
        documentId: doc.id,
        actorId,
        dimensionKey: key,
        value,
        freeText,
        summary: p.summary,
        confidence: p.confidence!,
        confidenceReason: p.confidenceReason,
        verifiedFrom: p.sources,
        supersedesId: null,
        createdAt: now,
        reason: 'original',
        reasonNote: null,
        ...from,
        passageIds,
      });
      codingIds.push(row.id);
      appendAudit(ctx, { action: 'publish', entity: 'coding', entityId: row.id, after: row });
    }
  }
  refreshSearchIndexFor(tx, doc.id);
  return { documentSlug: slug, codingIds, ...(p.newActor ? { actorSlug: p.newActor.slug } : {}) };
}

function supersede(ctx: WriteContext, p: CorrectionPayload | WithdrawalPayload, from: Provenance): PublishResult {
  const { tx, why, now } = ctx;
  const old = tx.select().from(codings).where(eq(codings.id, p.codingId)).get()!;
  if (isSuperseded(tx, old.id)) throw new ConflictError(`Coding ${old.id} has already been corrected or withdrawn; propose against the current coding.`);
  if (p.kind === 'withdrawal' && old.value === null && old.freeText === null) throw new ConflictError(`Coding ${old.id} is already withdrawn.`);
  let passageIds = passageIdsOf(tx, old.id);
  const base = {
    documentId: old.documentId,
    actorId: old.actorId,
    dimensionKey: old.dimensionKey,
    supersedesId: old.id,
    createdAt: now,
    reasonNote: why,
    ...from,
    verifiedFrom: old.verifiedFrom,
  };
  const row =
    p.kind === 'withdrawal'
      ? appendCoding(tx, {
          ...base,
          value: null,
          freeText: null,
          summary: old.summary,
          confidence: old.confidence,
          confidenceReason: old.confidenceReason,
          reason: 'withdrawal',
          passageIds: [],
        })
      : (() => {
          if (p.passage) passageIds = [ensurePassage(tx, old.documentId, p.passage.quote, p.passage.locator)];
          return appendCoding(tx, {
            ...base,
            value: p.value,
            freeText: p.freeText ?? old.freeText,
            summary: p.summary ?? old.summary,
            confidence: p.confidence,
            confidenceReason: p.confidenceReason ?? old.confidenceReason,
            reason: 'correction',
            passageIds,
          });
        })();
  appendAudit(ctx, { action: 'publish', entity: 'coding', entityId: row.id, before: old, after: row });
  if (p.kind === 'correction' && p.passage) refreshSearchIndexFor(tx, old.documentId);
  const slug = tx.select({ slug: documents.slug }).from(documents).where(eq(documents.id, old.documentId)).get()!.slug;
  return { documentSlug: slug, codingIds: [row.id] };
}

/**
 * Applies a payload to the public record. Call only inside a transaction, after authorize() and checkReferences().
 * `ctx.by` (the publisher) goes into the audit; `from` (the proposal's author and origin) into the rows it creates.
 */
export function applyPayload(ctx: WriteContext, p: ProposalPayload, from: Provenance): PublishResult {
  if (p.kind === 'new_document') return publishNewDocument(ctx, p, from);
  if (p.kind === 'coding') return publishCoding(ctx, p, from);
  return supersede(ctx, p, from);
}
