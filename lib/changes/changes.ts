/**
 * Change events derived from an actor's documents with the as-of rule: a value changes when the outcome just after
 * a document takes effect differs from the outcome just before it. A later silence therefore never reads as a change
 * (the rule keeps the earlier value), and a first value after "not yet coded" or "no document" is a change too
 * (a first finding; see lib/change-text.ts).
 */
import { type AsOfCoding, type AsOfDocument, compareDocuments, isCoded, type Outcome, resolvePrefixes } from '@/lib/domain/as-of';
import type { DimensionKey } from '@/lib/domain/codebook';
import { outcomeKey } from '@/lib/domain/tally';

export type ChangeDocument = AsOfDocument & { title: string; type: string };

export type ValueChange = {
  dimension: DimensionKey;
  document: ChangeDocument;
  from: Outcome;
  to: Outcome;
};

export type DocumentEvent = {
  document: ChangeDocument;
  /** The actor's document just before this one, if any (the natural other side of a diff). */
  previous: ChangeDocument | null;
  /** Whether any dimension of this document is coded (or the actor's words recorded) for this actor. */
  coded: boolean;
  changes: ValueChange[];
};

/**
 * Every document of one actor in date order, each with the value changes it brought. The outcome just before
 * document i is the outcome just after document i - 1 (the same documents are in effect), so one pass of the rule per
 * dimension gives both sides (`resolvePrefixes`; resolving twice per document made /changes take seconds at 100×
 * documents).
 */
export function listDocumentEvents(documents: readonly ChangeDocument[], codings: readonly AsOfCoding[], dimensions: readonly DimensionKey[]): DocumentEvent[] {
  const ordered = [...documents].sort(compareDocuments);
  const codedDocs = new Set(codings.filter((c) => c.value !== null || c.freeText !== null).map((c) => c.documentId));
  const after = new Map(dimensions.map((d) => [d, resolvePrefixes(d, ordered, codings)]));
  const none: Outcome = { kind: 'no_document' };
  return ordered.map((doc, i) => {
    const changes: ValueChange[] = [];
    for (const dimension of dimensions) {
      const outcomes = after.get(dimension)!;
      const from = i > 0 ? outcomes[i - 1]! : none;
      const to = outcomes[i]!;
      const coded = isCoded(to);
      if (coded && outcomeKey(from) !== outcomeKey(to)) changes.push({ dimension, document: doc, from, to });
    }
    return { document: doc, previous: ordered[i - 1] ?? null, coded: codedDocs.has(doc.id), changes };
  });
}
