/**
 * The write layer for the web app (server actions, route handlers): every write to published data goes through
 * these functions, which check the writer's role themselves, validate, and audit in the same transaction.
 * Each takes one request `{ by: Writer, why, now? }` and its input; they are bound to the writable connection here.
 * The same functions taking `{ db, by, why, now? }` live in the modules below, for the CLI (imports) and tests.
 */
import 'server-only';
import type { ProposalPayloadInput } from '@/lib/editorial/payloads';
import type { SourceFileInput } from '@/lib/sources/attach-input';
import { getWriter } from './connection';
import type { WriteRequest } from './context';
import * as audit from './audit';
import * as p from './proposals';
import * as q from './quote-review';
import * as v from './version';

export type { Writer, Role } from './writer';
export type { WriteRequest } from './context';
export { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors';
export type { AccountEvent, AuditFilter } from './audit';
export type { ReviewDecision, ReviewOutcome } from './proposals';
export { getWriter } from './connection';

const bound = (request: WriteRequest) => ({ ...request, db: getWriter() });

/** `file`: the source file a proposal brings (attach_source, or a new document with its file), checked and kept until review. */
export const createProposal = (request: WriteRequest, payload: ProposalPayloadInput | unknown, file?: SourceFileInput | null) =>
  p.createProposal(bound(request), payload, file);
export const reviewProposal = (request: WriteRequest, decision: p.ReviewDecision) => p.reviewProposal(bound(request), decision);
/** A review that refuses to publish a quote not found in the document's stored source without the reviewer's override. */
export const reviewCheckingQuotes = (request: WriteRequest, decision: q.QuoteReviewDecision) => q.reviewCheckingQuotes(bound(request), decision);
/** Audits an account change made by better-auth's admin plugin (create, role, sessions, password): admins only. */
export const recordAccountChange = (request: WriteRequest, entry: audit.AccountEvent) => audit.recordAccountChange(bound(request), entry);
export const setSelfReview = (request: WriteRequest, enabled: boolean) => p.setSelfReview(bound(request), enabled);

// Reads used by the desk. They take the writer so a desk page sees its own writes at once.
export const listProposals = (filter?: Parameters<typeof p.listProposals>[1]) => p.listProposals(getWriter(), filter);
export const getProposal = (id: number) => p.getProposal(getWriter(), id);
export const selfReviewAllowed = () => p.selfReviewAllowed(getWriter());
export const listAudit = (filter?: audit.AuditFilter) => audit.listAudit(getWriter(), filter);
export const readDataVersion = () => v.readDataVersion(getWriter());
