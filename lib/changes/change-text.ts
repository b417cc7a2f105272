/** Words for change events, shared by the actor timeline, /changes and the Atom feed. */
import type { Outcome } from '@/lib/domain/as-of';
import { DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { outcomeLabel } from '@/lib/domain/outcome-text';

/** The first finding on a dimension: before it the actor had no document in effect, or none coded on it. */
export function isFirstFinding(from: Outcome): boolean {
  return from.kind === 'no_document' || from.kind === 'not_coded';
}

/** "Applicability: Silent → Binding obligation", or "Knowledge: first coded, Actual knowledge". */
export function describeChange(dimension: DimensionKey, from: Outcome, to: Outcome): string {
  const label = DIMENSION_LABELS[dimension];
  if (isFirstFinding(from)) return `${label}: first coded, ${outcomeLabel(dimension, to)}`;
  return `${label}: ${outcomeLabel(dimension, from)} → ${outcomeLabel(dimension, to)}`;
}
