/**
 * The audit log's events, as types: every action the write layer records, the entity it concerns and the shape of
 * its before/after, one zod schema per event kind. Written once here (pure, for the write layer, the desk's audit
 * page and tests); the write layer validates an event against its schema before it stores it, and reads old rows back
 * through the same schemas (rows written before the schemas existed parse too: they were written by the same code).
 */
import { z } from 'zod';
import { revisionSnapshotSchema } from '@/lib/documents/revisions';

/** A stored row of the record (actor, document, coding …) as JSON: its columns, whatever they are at the time. */
const recordRow = z.record(z.string(), z.unknown());
const id = z.union([z.string(), z.number()]).transform(String);
const none = z.null().optional();

/** One event kind: the action, the entity, and what its entity id, before and after hold. */
function event<A extends string, E extends string, B extends z.ZodType, F extends z.ZodType>(action: A, entity: E, before: B, after: F) {
  return z.object({ action: z.literal(action), entity: z.literal(entity), entityId: id.nullable().optional(), before, after });
}

/** What an import changed, in its one summary row (the counts and the ids it created). */
const importSummary = z.record(z.string(), z.unknown());
const proposalRow = recordRow;
const settingValue = z.object({ value: z.boolean() });

export const AUDIT_EVENT_SCHEMAS = [
  // The desk's workflow.
  event('proposal.create', 'proposal', none, proposalRow),
  event('proposal.approve', 'proposal', proposalRow, proposalRow),
  event('proposal.reject', 'proposal', proposalRow, proposalRow),
  // A reviewer published quotes not found in the document's stored source (db/write/quote-review.ts), and why.
  event('proposal.quote_override', 'proposal', none, z.object({ quotes: z.array(z.object({ field: z.string(), quote: z.string(), status: z.string() })) })),
  // Publishing an approved proposal: one event per record it created, corrected or withdrew.
  event('publish', 'actor', recordRow.nullable().optional(), recordRow),
  event('publish', 'document', recordRow.nullable().optional(), recordRow),
  event('publish', 'document_author', recordRow.nullable().optional(), recordRow.nullable()),
  event('publish', 'coding', recordRow.nullable().optional(), recordRow),
  // A published correction of a document's own record (fields, authors, readings) and a withdrawal of the document.
  event('document.correct', 'document', revisionSnapshotSchema, revisionSnapshotSchema),
  event('document.withdraw', 'document', revisionSnapshotSchema, z.null()),
  // An import: one summary row, and a before/after row for every record it corrected.
  event('import', 'dataset', none, importSummary),
  event('import.replace', 'dataset', none, importSummary),
  event('import', 'actor', recordRow, recordRow),
  event('import', 'membership', recordRow, recordRow),
  event('import', 'document', recordRow, recordRow),
  event('import', 'document_author', recordRow, recordRow),
  event('import', 'coding', recordRow, recordRow),
  event('import', 'literature', recordRow, recordRow),
  // A document's source file (db/write/sources.ts): attached, or replaced by a new one that supersedes it.
  event('source.attach', 'source', recordRow.nullable().optional(), recordRow),
  event('source.replace', 'source', recordRow, recordRow),
  // Settings and accounts.
  event('setting.change', 'setting', settingValue, settingValue),
  event('user.create', 'user', none, z.object({ email: z.string(), role: z.string() })),
  event('user.set_role', 'user', z.object({ role: z.string().nullish() }), z.object({ role: z.string() })),
  event('user.revoke_sessions', 'user', none, none),
  event('user.set_password', 'user', none, none),
] as const;

export const auditEventSchema = z.union(AUDIT_EVENT_SCHEMAS);

/** An event as the write layer records it (entity id as given; stored as text). */
export type AuditEventInput = z.input<typeof auditEventSchema>;
/** An event as read back. */
export type AuditEvent = z.output<typeof auditEventSchema>;
export type AuditAction = AuditEvent['action'];
export type AuditEntity = AuditEvent['entity'];
/** The account events an admin's change records (better-auth makes the change; the write layer records it). */
export type AccountAction = Extract<AuditEvent, { entity: 'user' }>['action'];

export const AUDIT_ACTIONS = [...new Set(AUDIT_EVENT_SCHEMAS.map((s) => s.shape.action.value))] as AuditAction[];
export const AUDIT_ENTITIES = [...new Set(AUDIT_EVENT_SCHEMAS.map((s) => s.shape.entity.value))] as AuditEntity[];

export const isAuditAction = (s: string): s is AuditAction => (AUDIT_ACTIONS as string[]).includes(s);
export const isAuditEntity = (s: string): s is AuditEntity => (AUDIT_ENTITIES as string[]).includes(s);
