/** The audit log: one append-only row per proposal, review, publication, import and setting change. */
import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { auditLog, type AuditRow } from '@/db/schema';
import { inWriteTransaction, type WriteContext, type WriteOptions } from './context';
import { ForbiddenError } from './errors';

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
};

/** Call inside the transaction that makes the change, so the change and its record commit (or fail) together. */
export function appendAudit({ tx, by, why, now }: WriteContext, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      at: now,
      actorUserId: by.userId,
      actorLabel: by.label,
      actorRole: by.role,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
      reason: why,
    })
    .run();
}

/** An account change made outside this layer (better-auth's admin plugin), recorded in the same log; admins only. */
export function recordAccountChange(options: WriteOptions, entry: Omit<AuditEntry, 'entity'>): void {
  if (options.by?.role !== 'admin') throw new ForbiddenError('Only an admin changes accounts.');
  inWriteTransaction(options, (ctx) => appendAudit(ctx, { ...entry, entity: 'user' }));
}

export type AuditFilter = {
  entity?: string;
  entityId?: string | number;
  action?: string;
  actorUserId?: string;
  /** ISO timestamps, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
};

/** Newest first. A read function: desk pages call it with the read connection. */
export function listAudit(db: Db, filter: AuditFilter = {}): AuditRow[] {
  const where: SQL[] = [];
  if (filter.entity) where.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId !== undefined) where.push(eq(auditLog.entityId, String(filter.entityId)));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.actorUserId) where.push(eq(auditLog.actorUserId, filter.actorUserId));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lte(auditLog.at, filter.to));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(Math.min(Math.max(filter.limit ?? 100, 1), 1000))
    .offset(Math.max(filter.offset ?? 0, 0))
    .all();
}
