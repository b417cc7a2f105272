/**
 * The as-of rule 1.1.0 (CODEBOOK.md "As-of rule", docs/method.md): the position of actor A on dimension D as of
 * date T comes from A's documents in effect on or before T that code D. Each value falls in a tier — 1 a legal view,
 * 2 political support (applicability only), 3 the no-finding value (silent / unspecified) — and the position is the
 * value of the latest such document in the highest tier present. So a later political endorsement never erases an
 * earlier legal view, and a later silence never erases anything. Pure: callers pass the actor's documents and
 * current codings; nothing here touches the DB.
 */
import { getDimension, valueTier, type DimensionKey, type ValueTier } from '@/lib/domain/codebook';
import type { Confidence } from '@/lib/domain/vocabulary';

/** The as-of rule in words, for the method page and every briefing; docs/method.md holds the same text. */
export const AS_OF_RULE_SENTENCE =
  "An actor's position on a dimension as of a date is taken from its documents dated on or before that date (a date known only to the month or year counts from the end of that period): the latest one holding a legal view, else the latest that supports the idea without a legal view, else the latest that is silent; so a later political endorsement never erases an earlier legal view, and a later silence never erases anything (codebook 1.1.0).";

export type AsOfDocument = {
  id: number;
  slug: string;
  date: string;
  /** End of the date's period (see lib/dates.ts). */
  effective: string;
};

export type AsOfCoding = {
  id: number;
  documentId: number;
  dimension: DimensionKey;
  value: string | null;
  freeText: string | null;
  confidence: Confidence | null;
};

export type DocumentRef = { id: number; slug: string; date: string };

export type Outcome =
  /** A coded finding. `value` is null only for free-text dimensions (remedies). */
  | {
      kind: 'value';
      value: string | null;
      coding: AsOfCoding;
      document: DocumentRef;
      /** Later coded documents that say nothing on this point (silent / unspecified). */
      laterNoFinding: DocumentRef[];
      /** Later documents that only support the idea politically, which do not replace a legal view (tier 2). */
      laterPolitical?: DocumentRef[];
      laterNotCoded: DocumentRef[];
    }
  /** Documents exist and the latest coded ones say nothing on this point (applicability: silent). */
  | { kind: 'silent'; value: string; coding: AsOfCoding; document: DocumentRef; laterNotCoded: DocumentRef[] }
  /** Documents exist but none of them has been coded on this dimension. */
  | { kind: 'not_coded'; latest: DocumentRef }
  /** No document of this actor is in effect by that date. */
  | { kind: 'no_document' };

export type OutcomeKind = Outcome['kind'];

/** An outcome backed by a coding — a value or a recorded silence — as opposed to a gap in the record. */
export type CodedOutcome = Extract<Outcome, { kind: 'value' | 'silent' }>;
export const isCoded = (o: Outcome): o is CodedOutcome => o.kind === 'value' || o.kind === 'silent';
/** The coding behind an outcome, or null for the gaps (not coded, no document). */
export const codingOf = (o: Outcome): AsOfCoding | null => (isCoded(o) ? o.coding : null);

function ref(d: AsOfDocument): DocumentRef {
  return { id: d.id, slug: d.slug, date: d.date };
}

/** "Latest" in the codebook's words: by the day a document takes effect, then the date as written, then record id. */
export function compareDocuments(a: AsOfDocument, b: AsOfDocument): number {
  return a.effective.localeCompare(b.effective) || a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug);
}

/** A coding that records a finding: a value, or text for a free-text-only dimension. */
function isFinding(c: AsOfCoding): boolean {
  if (getDimension(c.dimension).values.length === 0) return Boolean(c.freeText);
  return c.value !== null;
}

export function resolveAsOf(dimension: DimensionKey, asOf: string, documents: readonly AsOfDocument[], codings: readonly AsOfCoding[]): Outcome {
  const inEffect = documents.filter((d) => d.effective <= asOf).sort(compareDocuments);
  if (inEffect.length === 0) return { kind: 'no_document' };

  const findingByDoc = new Map<number, AsOfCoding>();
  for (const c of codings) {
    if (c.dimension === dimension && isFinding(c)) findingByDoc.set(c.documentId, c);
  }

  // Walking in document order, a coding of the same or a higher tier (lower number) replaces the one held, so the
  // pick ends as the latest document of the highest tier present.
  type Pick = { doc: AsOfDocument; coding: AsOfCoding; index: number; tier: ValueTier };
  let chosen: Pick | null = null;
  for (const [index, doc] of inEffect.entries()) {
    const coding = findingByDoc.get(doc.id);
    if (!coding) continue;
    const tier = valueTier(dimension, coding.value);
    if (chosen === null || tier <= chosen.tier) chosen = { doc, coding, index, tier };
  }
  if (!chosen) return { kind: 'not_coded', latest: ref(inEffect[inEffect.length - 1]!) };

  const later = inEffect.slice(chosen.index + 1);
  const laterNotCoded = later.filter((d) => !findingByDoc.has(d.id)).map(ref);
  if (chosen.tier === 3) {
    return { kind: 'silent', value: chosen.coding.value!, coding: chosen.coding, document: ref(chosen.doc), laterNotCoded };
  }
  const laterCoded = later.filter((d) => findingByDoc.has(d.id));
  const tierOf = (d: AsOfDocument) => valueTier(dimension, findingByDoc.get(d.id)!.value);
  const laterNoFinding = laterCoded.filter((d) => tierOf(d) === 3).map(ref);
  const laterPolitical = laterCoded.filter((d) => tierOf(d) === 2).map(ref);
  return { kind: 'value', value: chosen.coding.value, coding: chosen.coding, document: ref(chosen.doc), laterNoFinding, laterPolitical, laterNotCoded };
}

/**
 * `resolveAsOf` for every prefix of an actor's documents at once, in one pass: `result[i]` is the outcome with
 * `ordered[0..i]` in effect. `ordered` must be in `compareDocuments` order. Used where the rule is needed after each
 * document (changes, timeline steps): calling `resolveAsOf` per document filtered, sorted and indexed all documents
 * and codings each time, quadratic in an actor's documents. tests/lib/as-of-prefixes.test.ts checks it equals the
 * definition on every prefix.
 */
export function resolvePrefixes(dimension: DimensionKey, ordered: readonly AsOfDocument[], codings: readonly AsOfCoding[]): Outcome[] {
  const findingByDoc = new Map<number, AsOfCoding>();
  for (const c of codings) {
    if (c.dimension === dimension && isFinding(c)) findingByDoc.set(c.documentId, c);
  }
  let chosen = -1;
  let chosenTier: ValueTier = 3;
  return ordered.map((doc, i): Outcome => {
    const coding = findingByDoc.get(doc.id);
    if (coding) {
      // The same walk as resolveAsOf: a coding of the same or a higher tier replaces the one held.
      const tier = valueTier(dimension, coding.value);
      if (chosen < 0 || tier <= chosenTier) {
        chosen = i;
        chosenTier = tier;
      }
    }
    if (chosen < 0) return { kind: 'not_coded', latest: ref(doc) };
    const chosenDoc = ordered[chosen]!;
    const chosenCoding = findingByDoc.get(chosenDoc.id)!;
    const later = ordered.slice(chosen + 1, i + 1);
    const laterNotCoded = later.filter((d) => !findingByDoc.has(d.id)).map(ref);
    if (chosenTier === 3) return { kind: 'silent', value: chosenCoding.value!, coding: chosenCoding, document: ref(chosenDoc), laterNotCoded };
    const laterCoded = later.filter((d) => findingByDoc.has(d.id));
    const tierOf = (d: AsOfDocument) => valueTier(dimension, findingByDoc.get(d.id)!.value);
    return {
      kind: 'value',
      value: chosenCoding.value,
      coding: chosenCoding,
      document: ref(chosenDoc),
      laterNoFinding: laterCoded.filter((d) => tierOf(d) === 3).map(ref),
      laterPolitical: laterCoded.filter((d) => tierOf(d) === 2).map(ref),
      laterNotCoded,
    };
  });
}

/** All dimensions at once for one actor. */
export function resolveActorAsOf(
  dimensions: readonly DimensionKey[],
  asOf: string,
  documents: readonly AsOfDocument[],
  codings: readonly AsOfCoding[],
): Record<string, Outcome> {
  const out: Record<string, Outcome> = {};
  for (const d of dimensions) out[d] = resolveAsOf(d, asOf, documents, codings);
  return out;
}
