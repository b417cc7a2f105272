/**
 * A review that checks the proposal's quotes against the stored source of its document first (issue 21): approving
 * a proposal whose quote is not found word for word in the stored text needs the reviewer's explicit override with
 * a reason, which is audited (`proposal.quote_override`, the quotes and the reason) in the same transaction as the
 * approval. The check runs here, on the proposal as stored, whatever the form sent.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { codings, documents, proposals } from '@/db/schema';
import { sourceTexts } from '@/db/schema-sources';
import { LIMITS } from '@/lib/domain/limits';
import { proposalPayloadSchema, type ProposalPayload } from '@/lib/editorial/payloads';
import { quotesOfPayload, unverifiedQuotes, verifyQuotes, type QuoteCheck } from '@/lib/sources/verify-quotes';
import { appendAudit } from './audit';
import { inWriteTransaction, type WriteOptions } from './context';
import { ValidationError } from './errors';
import { reviewProposal, type ReviewDecision, type ReviewOutcome } from './proposals';
import { currentSourceOf } from './sources';
import { authorize } from './writer';

/** The reviewer's override: publish although a quote is not found in the stored source, and why. */
export type QuoteOverride = { reason: string } | null;

export const OVERRIDE_NEEDED =
  'A quote is not found word for word in the stored source: correct it (reject and ask the editor), or tick the override and say why it may be published.';

function documentIdOf(tx: Db, payload: ProposalPayload): number | null {
  if (payload.kind === 'coding') return tx.select({ id: documents.id }).from(documents).where(eq(documents.slug, payload.documentSlug)).get()?.id ?? null;
  if (payload.kind === 'correction') return tx.select({ id: codings.documentId }).from(codings).where(eq(codings.id, payload.codingId)).get()?.id ?? null;
  return null;
}

/** The proposal's quotes that are not found in its document's current source (none when it has no source). */
export function unverifiedQuotesOf(tx: Db, payload: ProposalPayload): QuoteCheck[] {
  const quotes = quotesOfPayload(payload);
  const documentId = quotes.length ? documentIdOf(tx, payload) : null;
  const source = documentId === null ? null : currentSourceOf(tx, documentId);
  if (!source) return [];
  const units = tx
    .select({ seq: sourceTexts.seq, text: sourceTexts.text })
    .from(sourceTexts)
    .where(eq(sourceTexts.sourceId, source.id))
    .orderBy(asc(sourceTexts.seq))
    .all();
  return unverifiedQuotes(verifyQuotes(units, quotes));
}

/** A review decision, and the reviewer's override for quotes not found in the stored source. */
export type QuoteReviewDecision = ReviewDecision & { override: QuoteOverride };

/** Approve or reject like `reviewProposal`; an approval with unverified quotes needs `override` (else a ValidationError on `overrideQuotes`). */
export function reviewCheckingQuotes(options: WriteOptions, { id, decision, override }: QuoteReviewDecision): ReviewOutcome {
  authorize(options.by, 'review', options.why);
  if (decision !== 'approve') return reviewProposal(options, { id, decision });
  return inWriteTransaction(options, (ctx) => {
    const { tx } = ctx;
    const row = tx.select({ payload: proposals.payload, status: proposals.status }).from(proposals).where(eq(proposals.id, id)).get();
    // A payload that no longer parses, or a proposal already decided, is refused by reviewProposal itself.
    const parsed = row?.status === 'pending' ? proposalPayloadSchema.safeParse(row.payload) : null;
    const unverified = parsed?.success ? unverifiedQuotesOf(tx, parsed.data as ProposalPayload) : [];
    if (unverified.length > 0) {
      const reason = override?.reason.trim() ?? '';
      if (!override) throw new ValidationError({ overrideQuotes: [OVERRIDE_NEEDED] });
      if (!reason) throw new ValidationError({ overrideReason: ['Say why the quote may be published although the stored source does not have it.'] });
      if (reason.length > LIMITS.text.summary) throw new ValidationError({ overrideReason: [`must be at most ${LIMITS.text.summary} characters`] });
      appendAudit(
        { ...ctx, why: reason },
        {
          action: 'proposal.quote_override',
          entity: 'proposal',
          entityId: id,
          after: { quotes: unverified.map(({ field, quote, status }) => ({ field, quote, status })) },
        },
      );
    }
    // Nested: reviewProposal's transaction becomes a savepoint of this one, so the override and the approval commit together.
    return reviewProposal({ db: tx, by: ctx.by, why: ctx.why, now: ctx.now }, { id, decision: 'approve' });
  });
}
