import 'server-only';
import { memoByContentVersion } from '@/db/memo-by-version';
import type { Outcome } from '@/lib/domain/as-of';
import { listDocumentEvents, type ChangeDocument, type DocumentEvent } from '@/lib/changes/changes';
import { DIMENSION_KEYS, type DimensionKey } from '@/lib/domain/codebook';
import { listActorEvidence, type PositionActor } from './positions';

/** A document of one actor (joint documents appear once per author) with the value changes it brought. */
export type DocumentChanges = DocumentEvent & { actor: PositionActor };

export type ChangeItem =
  | { kind: 'document'; actor: PositionActor; document: ChangeDocument; previous: ChangeDocument | null; coded: boolean }
  | { kind: 'change'; actor: PositionActor; document: ChangeDocument; previous: ChangeDocument | null; dimension: DimensionKey; from: Outcome; to: Outcome };

/** One actor's documents in date order with the value changes each brought (for its timeline). */
export async function listActorEvents(actorId: number): Promise<DocumentEvent[]> {
  const [e] = await listActorEvidence([actorId]);
  return e ? listDocumentEvents(e.documents, e.codings, DIMENSION_KEYS) : [];
}

/** `actors`: slugs (none = every actor); `from` / `to`: bounds (YYYY-MM-DD, inclusive) on the day a document takes effect. */
export type ChangeFilter = { actors?: readonly string[] | null; from?: string | null; to?: string | null; changesOnly?: boolean };

/** Every document with its value changes, newest first (by the day it takes effect), then by actor name. */
export function listDocumentChanges(filter: ChangeFilter = {}): Promise<DocumentChanges[]> {
  return documentChanges(filter);
}

// Every page and the feed of one filter read the same list: computed once per content version (shared, read-only).
const documentChanges = memoByContentVersion(readDocumentChanges, (f) =>
  JSON.stringify([[...(f.actors ?? [])].sort(), f.from ?? null, f.to ?? null, f.changesOnly ?? false]),
);

// The rule after every document of every actor, whatever the filter: another filter (a period, changes only) of the
// same content only filters and sorts again.
const everyActorsEvents = memoByContentVersion(async () =>
  (await listActorEvidence()).map((e) => ({ actor: e.actor, events: listDocumentEvents(e.documents, e.codings, DIMENSION_KEYS) })),
);

async function readDocumentChanges(filter: ChangeFilter): Promise<DocumentChanges[]> {
  const out: DocumentChanges[] = [];
  const wanted = filter.actors?.length ? new Set(filter.actors) : null;
  for (const e of await everyActorsEvents()) {
    if (wanted && !wanted.has(e.actor.slug)) continue;
    for (const ev of e.events) {
      const day = ev.document.effective;
      if ((filter.from && day < filter.from) || (filter.to && day > filter.to)) continue;
      if (filter.changesOnly && ev.changes.length === 0) continue;
      out.push({ ...ev, actor: e.actor });
    }
  }
  return out.sort(
    (a, b) =>
      b.document.effective.localeCompare(a.document.effective) ||
      b.document.date.localeCompare(a.document.date) ||
      a.actor.name.localeCompare(b.actor.name) ||
      a.document.slug.localeCompare(b.document.slug),
  );
}

/** The same, flat: each document, then each change it brought (codebook order). For the Atom feed. */
export async function listChanges(filter: ChangeFilter = {}): Promise<ChangeItem[]> {
  return (await listDocumentChanges(filter)).flatMap((g): ChangeItem[] => [
    ...(filter.changesOnly ? [] : [{ kind: 'document' as const, actor: g.actor, document: g.document, previous: g.previous, coded: g.coded }]),
    ...g.changes.map((c) => ({
      kind: 'change' as const,
      actor: g.actor,
      document: g.document,
      previous: g.previous,
      dimension: c.dimension,
      from: c.from,
      to: c.to,
    })),
  ]);
}
