/**
 * What a proposal changes in its actor's row of the matrix, as a `RowChange` for lib/desk/preview-row.ts. The
 * payload says what the record will say on each dimension; a correction without new words keeps the old ones, as
 * publishing does. Pure.
 */
import { DIMENSIONS, isFreeTextDimension, type DimensionKey } from '@/lib/domain/codebook';
import { codingWords, type ProposalPayload } from '@/lib/editorial/payloads';
import type { ProposedCoding, RowChange } from './preview-row';

/** The coding a correction or withdrawal supersedes: its dimension and its words (kept when none are proposed). */
export type TargetCoding = { id: number; dimension: DimensionKey; freeText: string | null };

/** Every dimension the new document codes (a value, or words), with the document's confidence. */
export function proposedCodings(p: Extract<ProposalPayload, { kind: 'new_document' }>): ProposedCoding[] {
  return DIMENSIONS.flatMap((d) => {
    const value = isFreeTextDimension(d.key) ? null : ((p.codings as Record<string, string | null>)[d.key] ?? null);
    const freeText = codingWords(p.codings, d.key);
    return value === null && freeText === null ? [] : [{ dimension: d.key, value, freeText, confidence: p.confidence }];
  });
}

/** null when the proposal's target is gone (a coding that no longer exists): there is nothing to preview. */
export function rowChangeOf(p: ProposalPayload, target: TargetCoding | null): RowChange | null {
  switch (p.kind) {
    case 'new_document':
      return { kind: 'new_document', date: p.document.date, codings: proposedCodings(p) };
    case 'coding':
      return {
        kind: 'coding',
        documentSlug: p.documentSlug,
        coding: { dimension: p.dimension, value: p.value, freeText: p.freeText, confidence: p.confidence },
      };
    case 'correction':
      if (!target) return null;
      return {
        kind: 'correction',
        codingId: target.id,
        coding: { dimension: target.dimension, value: p.value, freeText: p.freeText ?? target.freeText, confidence: p.confidence },
      };
    case 'withdrawal':
      if (!target) return null;
      return { kind: 'correction', codingId: target.id, coding: { dimension: target.dimension, value: null, freeText: null, confidence: null } };
  }
}
