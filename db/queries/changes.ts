import 'server-only';
import type { Outcome } from '@/lib/as-of';
import { listDocumentEvents, type ChangeDocument, type DocumentEvent } from '@/lib/changes';
import { DIMENSION_KEYS, type DimensionKey } from '@/lib/codebook';
import { listActorEvidence, type PositionActor } from './positions';

export type ChangeItem =
  | { kind: 'document'; actor: PositionActor; document: ChangeDocument }
  | { kind: 'change'; actor: PositionActor; document: ChangeDocument; dimension: DimensionKey; from: Outcome; to: Outcome };

/** One actor's documents in date order with the value changes each brought (for its timeline). */
export async function listActorEvents(actorId: number): Promise<DocumentEvent[]> {
  const [e] = await listActorEvidence([actorId]);
  return e ? listDocumentEvents(e.documents, e.codings, DIMENSION_KEYS) : [];
}

export type ChangeFilter = { actor?: string | null; from?: string | null; to?: string | null };

/**
 * Every new document and every change of a coded value, newest first (by the day the document takes effect).
 * `from` / `to` bound that day (YYYY-MM-DD, inclusive).
 */
export async function listChanges(filter: ChangeFilter = {}): Promise<ChangeItem[]> {
  const evidence = await listActorEvidence();
  const items: ChangeItem[] = [];
  for (const e of evidence) {
    if (filter.actor && e.actor.slug !== filter.actor) continue;
    for (const ev of listDocumentEvents(e.documents, e.codings, DIMENSION_KEYS)) {
      const day = ev.document.effective;
      if ((filter.from && day < filter.from) || (filter.to && day > filter.to)) continue;
      items.push({ kind: 'document', actor: e.actor, document: ev.document });
      for (const c of ev.changes) items.push({ kind: 'change', actor: e.actor, document: ev.document, dimension: c.dimension, from: c.from, to: c.to });
    }
  }
  const rank = (i: ChangeItem) => (i.kind === 'document' ? -1 : DIMENSION_KEYS.indexOf(i.dimension));
  return items.sort(
    (a, b) =>
      b.document.effective.localeCompare(a.document.effective) ||
      a.actor.name.localeCompare(b.actor.name) ||
      a.document.slug.localeCompare(b.document.slug) ||
      rank(a) - rank(b),
  );
}

/** Stable Atom entry id: the same document or change keeps its id across reloads and corrections. */
export function changeItemId(i: ChangeItem): string {
  return i.kind === 'document' ? `urn:cdd-tracker:document:${i.document.slug}:${i.actor.slug}` : `urn:cdd-tracker:change:${i.document.slug}:${i.actor.slug}:${i.dimension}`;
}
