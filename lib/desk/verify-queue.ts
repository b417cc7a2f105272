/**
 * The verification queue: what most needs a person with the document in hand, most urgent first — documents whose
 * source we store and that still have dimensions to code (the text is at hand), quotes not found word for word in
 * their stored source, States'
 * applicability values held with low confidence, quotes marked as context only, tracked documents nobody has coded,
 * dimensions a State has never had coded, States with no document. Built from plain rows
 * (db/queries/desk-queue.ts), filtered and paged here. Pure.
 */
import { DIMENSION_KEYS, type DimensionKey } from '@/lib/domain/codebook';

export const QUEUE_KINDS = [
  'sourced_uncoded',
  'quote_not_found',
  'low_confidence',
  'context_quote',
  'uncoded_document',
  'uncoded_dimension',
  'no_document',
] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

export const QUEUE_KIND_LABELS: Record<QueueKind, string> = {
  sourced_uncoded: 'Documents with a stored source and dimensions to code',
  quote_not_found: 'Quotes not found in their stored source',
  low_confidence: 'States’ applicability values with low confidence',
  context_quote: 'Context-only quotes of coded documents',
  uncoded_document: 'Tracked documents not yet coded',
  uncoded_dimension: 'Dimensions never coded for a State with documents',
  no_document: 'States with no document',
};

type ActorRef = { slug: string; name: string };
type DocumentRef = { slug: string; title: string; date: string };

export type QueueItem =
  | { kind: 'sourced_uncoded'; actor: ActorRef; document: DocumentRef; uncoded: DimensionKey[] }
  | { kind: 'quote_not_found'; actor: ActorRef; document: DocumentRef; passageId: number; quote: string; codingId: number | null }
  | { kind: 'low_confidence'; actor: ActorRef; document: DocumentRef; codingId: number; value: string }
  | { kind: 'context_quote'; actor: ActorRef; document: DocumentRef; codingId: number; quote: string }
  | { kind: 'uncoded_document'; actor: ActorRef; document: DocumentRef }
  | { kind: 'uncoded_dimension'; actor: ActorRef; document: DocumentRef; dimension: DimensionKey }
  | { kind: 'no_document'; actor: ActorRef };

export type QueueInputs = {
  /** Issue 21: each author of a document with a stored source, and the dimensions it has not coded there. */
  sourcedUncoded?: { actor: ActorRef; document: DocumentRef; uncoded: DimensionKey[] }[];
  quotesNotFound?: { actor: ActorRef; document: DocumentRef; passageId: number; quote: string; codingId: number | null }[];
  lowConfidence: { codingId: number; value: string | null; actor: ActorRef; document: DocumentRef }[];
  contextQuotes: { codingId: number | null; quote: string; actor: ActorRef; document: DocumentRef }[];
  uncodedDocuments: { actor: ActorRef; document: DocumentRef }[];
  stateCoverage: { actor: ActorRef; latest: DocumentRef; coded: readonly DimensionKey[] }[];
  noDocument: ActorRef[];
};

/** Every item, in the order the desk should work through them. */
export function buildQueue(i: QueueInputs): QueueItem[] {
  return [
    ...(i.sourcedUncoded ?? []).map((r) => ({ kind: 'sourced_uncoded' as const, ...r })),
    ...(i.quotesNotFound ?? []).map(({ actor, document, passageId, quote, codingId }) => ({
      kind: 'quote_not_found' as const,
      actor,
      document,
      passageId,
      quote,
      codingId,
    })),
    ...i.lowConfidence.flatMap((r) => (r.value === null ? [] : [{ kind: 'low_confidence' as const, ...r, value: r.value }])),
    // A context quote of a document nobody has coded is listed once, as an uncoded document.
    ...i.contextQuotes.flatMap((r) => (r.codingId === null ? [] : [{ kind: 'context_quote' as const, ...r, codingId: r.codingId }])),
    ...i.uncodedDocuments.map((r) => ({ kind: 'uncoded_document' as const, ...r })),
    ...i.stateCoverage.flatMap((s) =>
      DIMENSION_KEYS.filter((d) => !s.coded.includes(d)).map((dimension) => ({
        kind: 'uncoded_dimension' as const,
        actor: s.actor,
        document: s.latest,
        dimension,
      })),
    ),
    ...i.noDocument.map((actor) => ({ kind: 'no_document' as const, actor })),
  ];
}

/** The dimensions an item is about: one, or every dimension when nothing is coded at all. */
export function itemDimensions(item: QueueItem): readonly DimensionKey[] {
  if (item.kind === 'low_confidence' || item.kind === 'context_quote') return ['applicability'];
  if (item.kind === 'uncoded_dimension') return [item.dimension];
  if (item.kind === 'sourced_uncoded') return item.uncoded;
  return DIMENSION_KEYS;
}

export type QueueFilter = { kind: QueueKind | null; actor: string | null; dimension: DimensionKey | null };

const matchesScope = (item: QueueItem, f: QueueFilter) =>
  (f.actor === null || item.actor.slug === f.actor) && (f.dimension === null || itemDimensions(item).includes(f.dimension));

/** The items the filter keeps, and how many of each kind it keeps when the kind is left open (the kind links' counts). */
export function filterQueue(items: readonly QueueItem[], f: QueueFilter): { items: QueueItem[]; countsByKind: Record<QueueKind, number> } {
  const countsByKind = Object.fromEntries(QUEUE_KINDS.map((k) => [k, 0])) as Record<QueueKind, number>;
  const kept: QueueItem[] = [];
  for (const item of items) {
    if (!matchesScope(item, f)) continue;
    countsByKind[item.kind] += 1;
    if (f.kind === null || item.kind === f.kind) kept.push(item);
  }
  return { items: kept, countsByKind };
}

/** The actors that have items, for the filter's actor list (name order, each once). */
export function queueActors(items: readonly QueueItem[]): ActorRef[] {
  const bySlug = new Map(items.map((i) => [i.actor.slug, i.actor]));
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}
