/**
 * The cells of the two-page brief: each chosen actor's as-of outcome per dimension, with the year of the document it
 * rests on, its confidence, and whether the reader asked to leave it out (below the chosen confidence). Pure: the
 * as-of rule decides the value, the codebook names it; nothing else goes in.
 */
import { isCoded, resolveActorAsOf, type CodedOutcome, type Outcome } from '@/lib/domain/as-of';
import { type DimensionKey } from '@/lib/domain/codebook';
import { OUTCOME_KIND_LABELS, outcomeLabel } from '@/lib/domain/outcome-text';
import { CONFIDENCE_RANK, type Confidence } from '@/lib/domain/vocabulary';
import type { BriefingActorInput } from './statements';

export type BriefCellKind = 'value' | 'silent' | 'not_coded' | 'no_document' | 'left_out';

export type BriefCell = {
  dimension: DimensionKey;
  kind: BriefCellKind;
  /** The coded value (a recorded silence included); null for the gaps, a value left out and free text. */
  value: string | null;
  /** The value's label, or which kind of "no value" this is. */
  label: string;
  /** "Binding obligation (2024)", "Unsettled / open (2021, low confidence)", "Not yet coded", "Left out (low confidence)". */
  text: string;
  confidence: Confidence | null;
  lowConfidence: boolean;
  /** The note citing the document the value rests on (null for gaps), and whether this cell prints its number. */
  footnote: number | null;
  showNote: boolean;
};

/** A coded cell with what the model needs to cite it and to find its quote. */
export type ResolvedCell = BriefCell & { outcome: Outcome };

export const LEFT_OUT_LABEL = 'Left out';

function leftOut(confidence: Confidence | null, min: Confidence | null): boolean {
  return min !== null && confidence !== null && CONFIDENCE_RANK[confidence] < CONFIDENCE_RANK[min];
}

function cellOf(dimension: DimensionKey, o: Outcome, min: Confidence | null): ResolvedCell {
  const base = { dimension, outcome: o, footnote: null, showNote: false };
  if (!isCoded(o)) {
    const label = OUTCOME_KIND_LABELS[o.kind as 'not_coded' | 'no_document'];
    return { ...base, kind: o.kind as 'not_coded' | 'no_document', value: null, label, text: label, confidence: null, lowConfidence: false };
  }
  const confidence = o.coding.confidence;
  if (leftOut(confidence, min))
    return {
      ...base,
      kind: 'left_out',
      value: null,
      label: LEFT_OUT_LABEL,
      text: `${LEFT_OUT_LABEL} (${confidence} confidence)`,
      confidence,
      lowConfidence: false,
    };
  const low = confidence === 'low';
  const label = outcomeLabel(dimension, o);
  const detail = `${o.document.date.slice(0, 4)}${low ? ', low confidence' : ''}`;
  return { ...base, kind: o.kind, value: o.value, label, text: `${label} (${detail})`, confidence, lowConfidence: low };
}

/** Every chosen dimension's cell for one actor, applicability first whether or not it was chosen. */
export function resolveCells(a: BriefingActorInput, dims: readonly DimensionKey[], asOf: string, min: Confidence | null): Map<DimensionKey, ResolvedCell> {
  const all: DimensionKey[] = ['applicability', ...dims.filter((d) => d !== 'applicability')];
  const outcomes = resolveActorAsOf(all, asOf, a.documents, a.codings);
  return new Map(all.map((d) => [d, cellOf(d, outcomes[d]!, min)]));
}

/** A cell the brief shows as a finding: a value or a recorded silence, not left out. */
export const isShown = (c: BriefCell): c is ResolvedCell & { outcome: CodedOutcome } => c.kind === 'value' || c.kind === 'silent';
