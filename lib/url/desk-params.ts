/**
 * URL state of the desk's lists: the verification queue (kind, actor, dimension, page) and the audit log (record
 * kind, action, page). Parsed with notices, never throwing; written back through the views' nuqs serialiser.
 */
import { parsePageNumber } from '@/lib/compare/paging';
import { DIMENSION_KEYS, type DimensionKey } from '@/lib/domain/codebook';
import { QUEUE_KINDS, type QueueKind } from '@/lib/desk/verify-queue';
import { param, parseChoice, toQuery, type SearchParams } from '@/lib/url/search-params';

/** Items per page of the verification queue and of the audit log. */
export const DESK_PAGE_SIZE = 50;

export type VerifyParams = { kind: QueueKind | null; actor: string | null; dimension: DimensionKey | null; page: number };

/** `actors`: the slugs that have items (an unknown actor is dropped with a notice). */
export function parseVerifyParams(sp: SearchParams, actors: ReadonlySet<string>): { params: VerifyParams; notices: string[] } {
  const kind = parseChoice(sp, 'kind', QUEUE_KINDS, 'kind of item');
  const dimension = parseChoice(sp, 'dimension', DIMENSION_KEYS, 'dimension');
  const rawActor = param(sp, 'actor');
  const actor = rawActor !== undefined && actors.has(rawActor) ? rawActor : null;
  const page = parsePageNumber(param(sp, 'page'));
  const notices = [...kind.notices, ...dimension.notices, ...page.notices];
  if (rawActor !== undefined && actor === null) notices.push(`No item in the queue for “${rawActor}”; showing every actor.`);
  return { params: { kind: kind.value as QueueKind | null, actor, dimension: dimension.value as DimensionKey | null, page: page.value }, notices };
}

/** The queue's query; a changed filter starts again at page 1 unless a page is given. */
export function verifyQuery(p: VerifyParams, overrides: Partial<VerifyParams> = {}): string {
  const q = { ...p, page: 1, ...overrides };
  return toQuery({ kind: q.kind, actor: q.actor, dimension: q.dimension, page: q.page > 1 ? String(q.page) : null });
}

export type AuditParams = { entity: string | null; action: string | null; page: number };

export function parseAuditParams(
  sp: SearchParams,
  vocab: { entities: readonly string[]; actions: readonly string[] },
): { params: AuditParams; notices: string[] } {
  const entity = parseChoice(sp, 'entity', vocab.entities, 'record kind');
  const action = parseChoice(sp, 'action', vocab.actions, 'action');
  const page = parsePageNumber(param(sp, 'page'));
  return { params: { entity: entity.value, action: action.value, page: page.value }, notices: [...entity.notices, ...action.notices, ...page.notices] };
}

export function auditQuery(p: AuditParams, page = p.page): string {
  return toQuery({ entity: p.entity, action: p.action, page: page > 1 ? String(page) : null });
}
