/** The audit log: one append-only row per proposal, review, publication, import and setting change. */
import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { auditLog, type AuditRow } from '@/db/schema';
import { inWriteTransaction, type WriteContext, type WriteOptions } from './context';
import { ForbiddenError } from './errors';
import { auditEventSchema, type AuditAction, type AuditEntity, type AuditEventInput } from '@/lib/audit/events';

/** Call inside the transaction that makes the change, so the change and its record commit (or fail) together. */
export function appendAudit({ tx, by, why, now }: WriteContext, input: AuditEventInput): void {
  // Validated against its kind's schema (lib/audit/events.ts): a malformed event is a bug, caught before it is stored.
  const event = auditEventSchema.parse(input);
  tx.insert(auditLog)
    .values({
      at: now,
      writerUserId: by.userId,
      writerLabel: by.label,
      writerRole: by.role,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
      reason: why,
    })
    .run();
}

/** An account change an admin made through better-auth's admin plugin, recorded in the same log; admins only. */
export type AccountEvent = Omit<Extract<AuditEventInput, { entity: 'user' }>, 'entity'>;

/** An account change made outside this layer (better-auth's admin plugin), recorded in the same log; admins only. */
export function recordAccountChange(options: WriteOptions, entry: AccountEvent): void {
  if (options.by?.role !== 'admin') throw new ForbiddenError('Only an admin changes accounts.');
  inWriteTransaction(options, (ctx) => appendAudit(ctx, { ...entry, entity: 'user' } as AuditEventInput));
}

/** Filters as a page's URL gives them: an entity or action that is not an event kind simply matches nothing. */
export type AuditFilter = {
  entity?: AuditEntity | (string & {});
  entityId?: string | number;
  action?: AuditAction | (string & {});
  writerUserId?: string;
  /** ISO timestamps, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
};

/** Newest first. A read function: desk pages call it with the read connection. */
export function listAudit(db: Db, filter: AuditFilter = {}): AuditRow[] {
  const where: SQL[] = [];
  if (filter.entity) where.push(eq(auditLog.entity, filter.entity as AuditEntity));
  if (filter.entityId !== undefined) where.push(eq(auditLog.entityId, String(filter.entityId)));
  if (filter.action) where.push(eq(auditLog.action, filter.action as AuditAction));
  if (filter.writerUserId) where.push(eq(auditLog.writerUserId, filter.writerUserId));
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
