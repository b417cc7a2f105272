import 'server-only';
import type { AuditAction, AuditEntity } from '@/lib/audit/events';
/**
 * The desk's reads of its own records — proposals, the review setting and the audit log — on the read connection,
 * inside a desk loader's snapshot (server/desk/loader.ts). Never memoised by content version: proposals and audit
 * rows change without a publish. Writes are db/write's.
 */
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, editorialSettings, proposals, type AuditRow, type Proposal } from '@/db/schema';
import type { ProposalPayload } from '@/lib/editorial/payloads';

export type ProposalRow = Proposal & { payload: ProposalPayload };
export type ProposalFilter = { status?: Proposal['status']; authorUserId?: string; limit?: number };

/** Pending proposals oldest first (a queue); anything else newest first. */
export async function listProposals(filter: ProposalFilter = {}): Promise<ProposalRow[]> {
  const where = [
    filter.status ? eq(proposals.status, filter.status) : undefined,
    filter.authorUserId ? eq(proposals.authorUserId, filter.authorUserId) : undefined,
  ].filter((w) => w !== undefined);
  const order = filter.status === 'pending' ? asc(proposals.createdAt) : desc(proposals.createdAt);
  const rows = db
    .select()
    .from(proposals)
    .where(where.length ? and(...where) : undefined)
    .orderBy(order, desc(proposals.id))
    .limit(Math.min(Math.max(filter.limit ?? 200, 1), 1000))
    .all();
  // The payload was validated by the write layer when it was stored.
  return rows as ProposalRow[];
}

export async function getProposal(id: number): Promise<ProposalRow | null> {
  return (db.select().from(proposals).where(eq(proposals.id, id)).get() as ProposalRow | undefined) ?? null;
}

/** The single-person-team switch (set by an admin, audited by the write layer). */
export async function isSelfReviewAllowed(): Promise<boolean> {
  return db.select().from(editorialSettings).where(eq(editorialSettings.key, 'allow_self_review')).get()?.value === 'true';
}

export type AuditFilter = { entity?: string | null; action?: string | null; limit: number; offset: number };

/** Audit rows newest first, one page (ask for one more than the page to know whether another follows). */
export async function listAuditRows(filter: AuditFilter): Promise<AuditRow[]> {
  const where: SQL[] = [];
  // A value from the URL that is not an event kind (lib/audit/events.ts) simply matches nothing.
  if (filter.entity) where.push(eq(auditLog.entity, filter.entity as AuditEntity));
  if (filter.action) where.push(eq(auditLog.action, filter.action as AuditAction));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(Math.min(Math.max(filter.limit, 1), 1000))
    .offset(Math.max(filter.offset, 0))
    .all();
}

/** The kinds of record and of action the log holds, for the audit page's filter lists. */
export async function listAuditVocabulary(): Promise<{ entities: string[]; actions: string[] }> {
  const entities = db.selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(asc(auditLog.entity)).all();
  const actions = db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)).all();
  return { entities: entities.map((r) => r.v), actions: actions.map((r) => r.v) };
}
