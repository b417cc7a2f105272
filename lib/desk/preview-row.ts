/**
 * The actor's row of the matrix before and after a proposal, by the as-of rule over all of the actor's documents:
 * the proposed document joins the ones already published (it does not replace them), a coding is added to its
 * document, a correction or withdrawal replaces the coding it supersedes. Pure: the loader passes the actor's
 * published documents and current codings (db/queries/positions.ts `listActorEvidence`).
 */
import { resolveActorAsOf, type AsOfCoding, type AsOfDocument, type Outcome } from '@/lib/domain/as-of';
import { DIMENSION_KEYS, type DimensionKey } from '@/lib/domain/codebook';
import { parsePartialDate } from '@/lib/domain/dates';
import type { Confidence } from '@/lib/domain/vocabulary';

export type RowEvidence = { documents: readonly AsOfDocument[]; codings: readonly AsOfCoding[] };

/** What a proposal says on one dimension; value and words both null is "not coded" (a withdrawal). */
export type ProposedCoding = { dimension: DimensionKey; value: string | null; freeText: string | null; confidence: Confidence | null };

export type RowChange =
  | { kind: 'new_document'; date: string; codings: readonly ProposedCoding[] }
  | { kind: 'coding'; documentSlug: string; coding: ProposedCoding }
  | { kind: 'correction'; codingId: number; coding: ProposedCoding }
  /** A document's date corrected: it takes effect on another day, so it may come before or after other documents. */
  | { kind: 'move_document'; documentSlug: string; date: string }
  /** A document withdrawn: it no longer counts for the actor. */
  | { kind: 'remove_document'; documentSlug: string };

export type MatrixRow = { dimension: DimensionKey; outcome: Outcome }[];

/** An id no stored row has, for the proposed document (proposed codings get -2, -3, …). */
const PROPOSED_DOCUMENT_ID = -1;

function withChange(e: RowEvidence, change: RowChange): RowEvidence {
  let nextId = PROPOSED_DOCUMENT_ID;
  const asCoding = (documentId: number, c: ProposedCoding): AsOfCoding => ({ id: (nextId -= 1), documentId, ...c });
  if (change.kind === 'new_document') {
    const date = parsePartialDate(change.date);
    if (!date) return e;
    const doc: AsOfDocument = { id: PROPOSED_DOCUMENT_ID, slug: '(proposed)', date: change.date, effective: date.effective };
    return { documents: [...e.documents, doc], codings: [...e.codings, ...change.codings.map((c) => asCoding(doc.id, c))] };
  }
  if (change.kind === 'coding') {
    const doc = e.documents.find((d) => d.slug === change.documentSlug);
    if (!doc) return e;
    const others = e.codings.filter((c) => !(c.documentId === doc.id && c.dimension === change.coding.dimension));
    return { documents: e.documents, codings: [...others, asCoding(doc.id, change.coding)] };
  }
  if (change.kind === 'move_document') {
    const date = parsePartialDate(change.date);
    if (!date) return e;
    return {
      documents: e.documents.map((d) => (d.slug === change.documentSlug ? { ...d, date: change.date, effective: date.effective } : d)),
      codings: e.codings,
    };
  }
  if (change.kind === 'remove_document') {
    const gone = e.documents.find((d) => d.slug === change.documentSlug);
    return { documents: e.documents.filter((d) => d !== gone), codings: e.codings.filter((c) => c.documentId !== gone?.id) };
  }
  const old = e.codings.find((c) => c.id === change.codingId);
  if (!old) return e;
  return {
    documents: e.documents,
    codings: e.codings.map((c) => (c.id === old.id ? asCoding(old.documentId, { ...change.coding, dimension: old.dimension }) : c)),
  };
}

const rowOf = (outcomes: Record<string, Outcome>): MatrixRow => DIMENSION_KEYS.map((dimension) => ({ dimension, outcome: outcomes[dimension]! }));

/** The row as the matrix shows it on `asOf` now, and as it will show it once the proposal is published. */
export function previewRows(evidence: RowEvidence, change: RowChange, asOf: string): { before: MatrixRow; after: MatrixRow } {
  const after = withChange(evidence, change);
  return {
    before: rowOf(resolveActorAsOf(DIMENSION_KEYS, asOf, evidence.documents, evidence.codings)),
    after: rowOf(resolveActorAsOf(DIMENSION_KEYS, asOf, after.documents, after.codings)),
  };
}

/** The dimensions whose value (kind, value or confidence) changes, so the preview can say what publishing changes. */
export function changedDimensions(rows: { before: MatrixRow; after: MatrixRow }): DimensionKey[] {
  const key = (o: Outcome) => JSON.stringify([o.kind, 'value' in o ? o.value : null, 'coding' in o ? o.coding.confidence : null]);
  return rows.after.filter((a, i) => key(a.outcome) !== key(rows.before[i]!.outcome)).map((a) => a.dimension);
}
