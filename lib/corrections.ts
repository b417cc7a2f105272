/**
 * Corrections of our coding as the public sees them on /changes and in the Atom feed: what the value was, what it
 * is now, and why we changed it. Pure (shared by the page, the feed and tests).
 */
import { valueLabel, DIMENSION_LABELS, type DimensionKey } from './codebook';
import type { Confidence } from './domain';

export type CodingCorrection = {
  id: number;
  kind: 'correction' | 'withdrawal';
  reason: string | null;
  /** When we made the correction (ISO timestamp). */
  at: string;
  dimension: DimensionKey;
  value: string | null;
  freeText: string | null;
  confidence: Confidence;
  previousValue: string | null;
  previousFreeText: string | null;
  previousConfidence: Confidence;
  actorSlug: string;
  actorName: string;
  documentSlug: string;
  documentTitle: string;
  documentDate: string;
};

function describeValue(dimension: DimensionKey, value: string | null, freeText: string | null): string {
  if (value !== null) return valueLabel(dimension, value);
  return freeText !== null ? `“${freeText}”` : 'not coded';
}

/** "Applicability: was Binding obligation (medium confidence), now Voluntary norm only (low confidence)". */
export function describeCorrection(c: CodingCorrection): string {
  const was = `${describeValue(c.dimension, c.previousValue, c.previousFreeText)} (${c.previousConfidence} confidence)`;
  if (c.kind === 'withdrawal') return `${DIMENSION_LABELS[c.dimension]}: our coding ${was} is withdrawn`;
  return `${DIMENSION_LABELS[c.dimension]}: was ${was}, now ${describeValue(c.dimension, c.value, c.freeText)} (${c.confidence} confidence)`;
}

export function correctionTitle(c: CodingCorrection): string {
  return `${c.actorName}: ${c.kind === 'withdrawal' ? 'withdrawal' : 'correction'} of our coding — ${describeCorrection(c)}`;
}

/**
 * Stable Atom id from slugs, dimension and time (row ids may change across export and import): a change entry of
 * that document × actor × dimension, marked as a correction of ours and when it was made.
 */
export function correctionEntryId(c: CodingCorrection): string {
  return `urn:cdd-tracker:change:${c.documentSlug}:${c.actorSlug}:${c.dimension}:${c.kind}:${c.at}`;
}
