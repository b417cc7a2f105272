/**
 * Where an actor's position moved, for the briefing's change sentences: the shared change rule (lib/changes.ts)
 * restricted to documents in effect by the as-of date, keeping only moves from one finding to another (a first
 * coding after nothing is not a change of position).
 */
import { type AsOfCoding, type AsOfDocument, type CodedOutcome, isCoded } from '@/lib/domain/as-of';
import { listDocumentEvents } from '@/lib/changes/changes';
import { DIMENSION_KEYS, type DimensionKey } from '@/lib/domain/codebook';

export type PositionChange = { dimension: DimensionKey; from: CodedOutcome; to: CodedOutcome };

/** Changes on the given dimensions, grouped by dimension in codebook order, oldest first within each. */
export function listPositionChanges(
  documents: readonly AsOfDocument[],
  codings: readonly AsOfCoding[],
  dimensions: readonly DimensionKey[],
  asOf: string,
): PositionChange[] {
  const inEffect = documents.filter((d) => d.effective <= asOf).map((d) => ({ ...d, title: '', type: '' }));
  const changes = listDocumentEvents(inEffect, codings, dimensions).flatMap((e) => e.changes);
  const moves = changes.flatMap((c) => (isCoded(c.from) && isCoded(c.to) ? [{ dimension: c.dimension, from: c.from, to: c.to }] : []));
  return moves.sort((a, b) => DIMENSION_KEYS.indexOf(a.dimension) - DIMENSION_KEYS.indexOf(b.dimension));
}
