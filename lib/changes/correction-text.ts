/**
 * Words for corrections of our coding (a coding row that supersedes another). A correction says the tracker read a
 * document differently; it never says the actor changed its position, so its words never say "moved" or "changed".
 */
import { DIMENSION_LABELS, valueLabel, type DimensionKey } from '@/lib/domain/codebook';
import { CONFIDENCE_LABELS, type Confidence } from '@/lib/domain/vocabulary';

export type CodingSide = { value: string | null; freeText: string | null; confidence: Confidence };

export type CorrectionItem = {
  codingId: number;
  dimension: DimensionKey;
  reason: 'correction' | 'withdrawal';
  reasonNote: string | null;
  createdAt: string;
  createdBy: string | null;
  actor: { slug: string; name: string };
  document: { slug: string; title: string; date: string; effective: string; type: string };
  before: CodingSide;
  after: CodingSide;
};

export const CORRECTION_HEADING = 'Correction of our coding';

function side(dimension: DimensionKey, s: CodingSide): string {
  if (s.value !== null) return valueLabel(dimension, s.value);
  return s.freeText ? 'Stated (free text)' : 'Not yet coded';
}

/** "Applicability: we had coded Unsettled / open; corrected to Supported, no legal view (confidence unchanged)". */
export function describeCorrection(c: CorrectionItem): string {
  const label = DIMENSION_LABELS[c.dimension];
  if (c.reason === 'withdrawal') return `${label}: our earlier coding (${side(c.dimension, c.before)}) is withdrawn; now not yet coded`;
  const parts: string[] = [];
  const valueChanged = c.before.value !== c.after.value || c.before.freeText !== c.after.freeText;
  if (valueChanged) parts.push(`we had coded ${side(c.dimension, c.before)}; corrected to ${side(c.dimension, c.after)}`);
  else parts.push(`${side(c.dimension, c.after)} (value unchanged)`);
  if (c.before.confidence !== c.after.confidence)
    parts.push(`confidence corrected from ${CONFIDENCE_LABELS[c.before.confidence].toLowerCase()} to ${CONFIDENCE_LABELS[c.after.confidence].toLowerCase()}`);
  return `${label}: ${parts.join('; ')}`;
}

/** Stable Atom id: built from slugs and the coding row, which never changes (rows are append-only). */
export function correctionEntryId(c: CorrectionItem): string {
  return `urn:cdd-tracker:correction:${c.document.slug}:${c.actor.slug}:${c.dimension}:${c.codingId}`;
}

export function correctionEntryTitle(c: CorrectionItem): string {
  return `${c.actor.name}: ${CORRECTION_HEADING.toLowerCase()} — ${describeCorrection(c)}`;
}
