/**
 * The editorial workflow: an editor proposes, a reviewer (not the author, unless the logged single-person setting is
 * on) approves — which publishes in the same transaction — or rejects with a reason. Every step is audited.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { editorialSettings, proposals, type Proposal } from '@/db/schema';
import { proposalPayloadSchema, type ProposalPayload, type ProposalPayloadInput } from '@/lib/editorial/payloads';
import { LIMITS } from '@/lib/domain/limits';
import { appendAudit } from './audit';
import { inWriteTransaction, type WriteOptions } from './context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, fieldErrorsOf } from './errors';
import type { SourceFileInput } from '@/lib/sources/attach-input';
import { recordOrigin } from './origins';
import { checkProposedFile, keepProposedFile, publishProposedFile } from './proposal-sources';
import { applyPayload, checkReferences, type PublishResult } from './publish';
import { bumpDataVersion } from './version';
import { authorize } from './writer';

const SELF_REVIEW = 'allow_self_review';

function checkReason(why: string, field = 'reason'): string {
  const reason = typeof why === 'string' ? why.trim() : '';
  if (!reason) throw new ValidationError({ [field]: ['Give a reason.'] });
  if (reason.length > LIMITS.text.summary) throw new ValidationError({ [field]: [`must be at most ${LIMITS.text.summary} characters`] });
  return reason;
}

/**
 * Validates and stores a proposal (editor, reviewer or admin). Changes nothing public; the data version stays. A
 * proposal that brings a source file (attach_source, or a new document with its file) takes the file, checked and kept
 * with it until review (proposal-sources.ts).
 */
export function createProposal(options: WriteOptions, payload: ProposalPayloadInput | unknown, file?: SourceFileInput | null): Proposal {
  authorize(options.by, 'propose', options.why);
  const reason = checkReason(options.why);
  const parsed = proposalPayloadSchema.safeParse(payload);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error.issues));
  const sha256 = checkProposedFile(parsed.data, file);
  return inWriteTransaction({ ...options, why: reason }, (ctx) => {
    const payload = checkReferences(ctx.tx, parsed.data);
    const row = ctx.tx
      .insert(proposals)
      .values({ kind: payload.kind, payload, reason, authorUserId: ctx.by.userId, authorLabel: ctx.by.label, createdAt: ctx.now })
      .returning()
      .get();
    if (file && sha256) keepProposedFile(ctx, row.id, file, sha256);
    appendAudit(ctx, { action: 'proposal.create', entity: 'proposal', entityId: row.id, after: row });
    return row;
  });
}

export function selfReviewAllowed(db: Db): boolean {
  return db.select().from(editorialSettings).where(eq(editorialSettings.key, SELF_REVIEW)).get()?.value === 'true';
}

/** Admin only: lets a one-person team approve its own proposals. The switch itself is audited. */
export function setSelfReview(options: WriteOptions, enabled: boolean): void {
  authorize(options.by, 'manage', options.why);
  const reason = checkReason(options.why);
  inWriteTransaction({ ...options, why: reason }, (ctx) => {
    const before = selfReviewAllowed(ctx.tx);
    ctx.tx
      .insert(editorialSettings)
      .values({ key: SELF_REVIEW, value: String(enabled) })
      .onConflictDoUpdate({ target: editorialSettings.key, set: { value: String(enabled) } })
      .run();
    appendAudit(ctx, { action: 'setting.change', entity: 'setting', entityId: SELF_REVIEW, before: { value: before }, after: { value: enabled } });
  });
}

export type ReviewOutcome = { proposal: Proposal; published: PublishResult | null; dataVersion: number | null };

/** What a reviewer decides about one proposal. */
export type ReviewDecision = { id: number; decision: 'approve' | 'reject' };

/**
 * Approve (= publish, one transaction) or reject a pending proposal, with a reason. Reviewer or admin; not the
 * proposal's author unless allow_self_review is on.
 */
export function reviewProposal(options: WriteOptions, { id, decision }: ReviewDecision): ReviewOutcome {
  authorize(options.by, 'review', options.why);
  const reason = checkReason(options.why);
  if (decision !== 'approve' && decision !== 'reject') throw new ValidationError({ decision: ['must be approve or reject'] });
  return inWriteTransaction({ ...options, why: reason }, (ctx) => {
    const { tx, by, now } = ctx;
    const proposal = tx.select().from(proposals).where(eq(proposals.id, id)).get();
    if (!proposal) throw new NotFoundError(`No proposal ${id}.`);
    if (proposal.status !== 'pending') throw new ConflictError(`Proposal ${id} has already been ${proposal.status}.`);
    const own = proposal.authorUserId !== null && proposal.authorUserId === by.userId;
    if (own && !selfReviewAllowed(tx)) throw new ForbiddenError('A proposal must be reviewed by someone other than its author.');

    const review = { reviewerUserId: by.userId, reviewerLabel: by.label, reviewReason: reason, reviewedAt: now };
    if (decision === 'reject') {
      const row = tx
        .update(proposals)
        .set({ ...review, status: 'rejected' })
        .where(eq(proposals.id, id))
        .returning()
        .get();
      appendAudit(ctx, { action: 'proposal.reject', entity: 'proposal', entityId: id, before: proposal, after: row });
      return { proposal: row, published: null, dataVersion: null };
    }
    // The payload was valid when proposed; the record may have moved since (e.g. the coding was corrected meanwhile).
    const payload = proposalPayloadSchema.parse(proposal.payload) as ProposalPayload;
    checkReferences(tx, payload);
    // The editor's reason is the public reason of the change; the reviewer's goes with the approval.
    const origin = recordOrigin(ctx, { kind: 'desk', proposal });
    const published = applyPayload({ ...ctx, why: proposal.reason }, payload, { createdBy: proposal.authorLabel, originId: origin.id });
    publishProposedFile(ctx, proposal, payload, published.documentSlug, origin);
    const row = tx
      .update(proposals)
      .set({ ...review, status: 'published', result: published })
      .where(eq(proposals.id, id))
      .returning()
      .get();
    appendAudit(ctx, { action: 'proposal.approve', entity: 'proposal', entityId: id, before: proposal, after: row });
    const dataVersion = bumpDataVersion(tx, now);
    return { proposal: row, published, dataVersion };
  });
}

/** Read functions for the desk (review queue, "my proposals"). */
export function listProposals(db: Db, filter: { status?: Proposal['status']; authorUserId?: string; limit?: number } = {}): Proposal[] {
  const where = [
    filter.status ? eq(proposals.status, filter.status) : undefined,
    filter.authorUserId ? eq(proposals.authorUserId, filter.authorUserId) : undefined,
  ].filter((w) => w !== undefined);
  return db
    .select()
    .from(proposals)
    .where(where.length ? and(...where) : undefined)
    .orderBy(filter.status === 'pending' ? asc(proposals.createdAt) : desc(proposals.createdAt))
    .limit(Math.min(Math.max(filter.limit ?? 200, 1), 1000))
    .all();
}

export function getProposal(db: Db, id: number): (Proposal & { payload: ProposalPayload }) | null {
  const row = db.select().from(proposals).where(eq(proposals.id, id)).get();
  return row ? { ...row, payload: row.payload as ProposalPayload } : null;
}
