/**
 * The as-of rule (docs/method.md): the position of actor A on dimension D as of date T is the latest current
 * coding from a document in effect on or before T, where a later "silent"/"unspecified" does not erase an earlier
 * substantive value. Pure: callers pass the actor's documents and current codings; nothing here touches the DB.
 */
import { getDimension, isSubstantive, type DimensionKey } from '@/lib/domain/codebook';
import type { Confidence } from '@/lib/domain/vocabulary';

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
  | { kind: 'value'; value: string | null; coding: AsOfCoding; document: DocumentRef; laterNoFinding: DocumentRef[]; laterNotCoded: DocumentRef[] }
  /** Documents exist and the latest coded ones say nothing on this point (applicability: silent). */
  | { kind: 'silent'; value: string; coding: AsOfCoding; document: DocumentRef; laterNotCoded: DocumentRef[] }
  /** Documents exist but none of them has been coded on this dimension. */
  | { kind: 'not_coded'; latest: DocumentRef }
  /** No document of this actor is in effect by that date. */
  | { kind: 'no_document' };

export type OutcomeKind = Outcome['kind'];

function ref(d: AsOfDocument): DocumentRef {
  return { id: d.id, slug: d.slug, date: d.date };
}

/** Document order: by effective date, then by the date as written, then slug, so ties are stable. */
export function compareDocuments(a: AsOfDocument, b: AsOfDocument): number {
  return a.effective.localeCompare(b.effective) || a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug);
}

/** A coding that records a finding: a value, or text for a free-text-only dimension. */
function isFinding(c: AsOfCoding): boolean {
  if (getDimension(c.dimension).values.length === 0) return Boolean(c.freeText);
  return c.value !== null;
}

export function resolveAsOf(
  dimension: DimensionKey,
  asOf: string,
  documents: readonly AsOfDocument[],
  codings: readonly AsOfCoding[],
): Outcome {
  const inEffect = documents.filter((d) => d.effective <= asOf).sort(compareDocuments);
  if (inEffect.length === 0) return { kind: 'no_document' };

  const findingByDoc = new Map<number, AsOfCoding>();
  for (const c of codings) {
    if (c.dimension === dimension && isFinding(c)) findingByDoc.set(c.documentId, c);
  }

  type Pick = { doc: AsOfDocument; coding: AsOfCoding; index: number };
  let substantive: Pick | null = null;
  let noFinding: Pick | null = null;
  for (const [index, doc] of inEffect.entries()) {
    const coding = findingByDoc.get(doc.id);
    if (!coding) continue;
    if (coding.value === null || isSubstantive(dimension, coding.value)) substantive = { doc, coding, index };
    else noFinding = { doc, coding, index };
  }

  const chosen = substantive ?? noFinding;
  if (!chosen) return { kind: 'not_coded', latest: ref(inEffect[inEffect.length - 1]!) };

  const later = inEffect.slice(chosen.index + 1);
  const laterNotCoded = later.filter((d) => !findingByDoc.has(d.id)).map(ref);
  if (substantive === null) {
    return { kind: 'silent', value: chosen.coding.value!, coding: chosen.coding, document: ref(chosen.doc), laterNotCoded };
  }
  const laterNoFinding = later.filter((d) => findingByDoc.has(d.id)).map(ref);
  return { kind: 'value', value: chosen.coding.value, coding: chosen.coding, document: ref(chosen.doc), laterNoFinding, laterNotCoded };
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
