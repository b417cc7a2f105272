/**
 * Change events derived from an actor's documents with the as-of rule: a value changes when the outcome just after
 * a document takes effect differs from the outcome just before it. A later silence therefore never reads as a change
 * (the rule keeps the earlier value), and a first value after "not yet coded" or "no document" is a change too
 * (a first finding; see lib/change-text.ts).
 */
import { type AsOfCoding, type AsOfDocument, compareDocuments, isCoded, type Outcome, resolveAsOf } from '@/lib/domain/as-of';
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

/** Every document of one actor in date order, each with the value changes it brought. */
export function listDocumentEvents(documents: readonly ChangeDocument[], codings: readonly AsOfCoding[], dimensions: readonly DimensionKey[]): DocumentEvent[] {
  const ordered = [...documents].sort(compareDocuments);
  const codedDocs = new Set(codings.filter((c) => c.value !== null || c.freeText !== null).map((c) => c.documentId));
  return ordered.map((doc, i) => {
    const before = ordered.slice(0, i);
    const upTo = ordered.slice(0, i + 1);
    const changes: ValueChange[] = [];
    for (const dimension of dimensions) {
      const from = resolveAsOf(dimension, doc.effective, before, codings);
      const to = resolveAsOf(dimension, doc.effective, upTo, codings);
      const coded = isCoded(to);
      if (coded && outcomeKey(from) !== outcomeKey(to)) changes.push({ dimension, document: doc, from, to });
    }
    return { document: doc, previous: ordered[i - 1] ?? null, coded: codedDocs.has(doc.id), changes };
  });
}
