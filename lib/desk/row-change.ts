/**
 * What a proposal changes in its actor's row of the matrix, as a `RowChange` for lib/desk/preview-row.ts. The
 * payload says what the record will say on each dimension; a correction without new words keeps the old ones, as
 * publishing does. Pure.
 */
import { readStatements } from '@/lib/dataset/coding-content';
import { type DimensionKey } from '@/lib/domain/codebook';
import type { ProposalPayload } from '@/lib/editorial/payloads';
import type { ProposedCoding, RowChange } from './preview-row';

/** The coding a correction or withdrawal supersedes: its dimension and its words (kept when none are proposed). */
export type TargetCoding = { id: number; dimension: DimensionKey; freeText: string | null };

/** Every dimension the new document codes (a value, or words), with the document's confidence. */
export function proposedCodings(p: Extract<ProposalPayload, { kind: 'new_document' }>): ProposedCoding[] {
  const statements = readStatements(p.codings, 'form');
  return (Object.keys(statements) as DimensionKey[]).map((dimension) => {
    const { value, words } = statements[dimension]!;
    return { dimension, value, freeText: words, confidence: p.confidence };
  });
}

/** null when the proposal's target is gone (a coding that no longer exists): there is nothing to preview. */
export function rowChangeOf(p: ProposalPayload, target: TargetCoding | null): RowChange | null {
  switch (p.kind) {
    case 'document_correction':
      // The actor left out of the authors loses the document; otherwise a new date may move it (no date: nothing moves).
      if (p.authors && !p.authors.includes(p.actorSlug)) return { kind: 'remove_document', documentSlug: p.documentSlug };
      return { kind: 'move_document', documentSlug: p.documentSlug, date: p.document.date ?? '' };
    case 'document_withdrawal':
      return { kind: 'remove_document', documentSlug: p.documentSlug };
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
    case 'attach_source':
      // A source file changes no value: the row stays as it is.
      return null;
  }
}
