/** Words for change items, shared by /changes and the Atom feed. */
import type { Outcome } from './as-of';
import { DIMENSION_LABELS, type DimensionKey } from './codebook';
import { outcomeLabel } from './outcome-text';

export function describeChange(dimension: DimensionKey, from: Outcome, to: Outcome): string {
  return `${DIMENSION_LABELS[dimension]}: ${outcomeLabel(dimension, from)} → ${outcomeLabel(dimension, to)}`;
}
