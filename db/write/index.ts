/**
 * The write layer for the web app (server actions, route handlers): every write to published data goes through
 * these functions, which check the caller's role themselves, validate, and audit in the same transaction.
 * Signatures are (who, why, input). The same functions with an explicit database first live in the modules below,
 * for the CLI (imports) and tests.
 */
import 'server-only';
import type { ProposalPayloadInput } from '@/lib/editorial/payloads';
import { getWriter } from './connection';
import type { Actor } from './actor';
import * as audit from './audit';
import * as p from './proposals';
import * as q from './quote-review';
import * as v from './version';

export type { Actor, Role } from './actor';
export { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors';
export type { AuditFilter } from './audit';
export type { ReviewOutcome } from './proposals';
export { getWriter } from './connection';

export const createProposal = (who: Actor, why: string, payload: ProposalPayloadInput | unknown) => p.createProposal(getWriter(), who, why, payload);
export const reviewProposal = (who: Actor, why: string, id: number, decision: 'approve' | 'reject') => p.reviewProposal(getWriter(), who, why, id, decision);
/** A review that refuses to publish a quote not found in the document's stored source without the reviewer's override. */
export const reviewCheckingQuotes = (who: Actor, why: string, id: number, decision: 'approve' | 'reject', override: q.QuoteOverride) =>
  q.reviewCheckingQuotes(getWriter(), who, why, id, decision, override);
/** Audits an account change made by better-auth's admin plugin (create, role, sessions, password): admins only. */
export const recordAccountChange = (who: Actor, why: string, entry: Omit<audit.AuditEntry, 'entity'>) =>
  audit.recordAccountChange(getWriter(), who, why, entry);
export const setSelfReview = (who: Actor, why: string, enabled: boolean) => p.setSelfReview(getWriter(), who, why, enabled);

// Reads used by the desk. They take the writer so a desk page sees its own writes at once.
export const listProposals = (filter?: Parameters<typeof p.listProposals>[1]) => p.listProposals(getWriter(), filter);
export const getProposal = (id: number) => p.getProposal(getWriter(), id);
export const selfReviewAllowed = () => p.selfReviewAllowed(getWriter());
export const listAudit = (filter?: audit.AuditFilter) => audit.listAudit(getWriter(), filter);
export const readDataVersion = () => v.readDataVersion(getWriter());
