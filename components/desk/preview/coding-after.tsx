import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { DIMENSION_LABELS, valueLabel, type DimensionKey } from '@/lib/domain/codebook';
import type { Confidence } from '@/lib/domain/vocabulary';
import type { PassageInput } from '@/lib/editorial/payloads';

export type CodingContent = {
  value: string | null;
  freeText: string | null;
  confidence: Confidence;
  confidenceReason: string | null;
  passage: PassageInput | null;
  summary: string | null;
};

/** A proposed coding (new, or a correction): what the record will say on one dimension, and on what evidence. */
export function CodingAfter({ dimension, coding, keptWords }: { dimension: DimensionKey; coding: CodingContent; keptWords?: string | null }) {
  const words = coding.freeText ?? keptWords ?? null;
  return (
    <dl className="facts">
      <dt>Dimension</dt>
      <dd>{DIMENSION_LABELS[dimension]}</dd>
      <dt>Value</dt>
      <dd>{coding.value !== null ? valueLabel(dimension, coding.value) : <span className="outcome-not_coded">Not coded</span>}</dd>
      <dt>Confidence</dt>
      <dd>
        <ConfidenceBadge level={coding.confidence} />
        {coding.confidenceReason && <span className="muted"> — {coding.confidenceReason}</span>}
      </dd>
      <dt>Actor&apos;s words</dt>
      <dd>{words ? <>&ldquo;{words}&rdquo;</> : <span className="muted">none</span>}</dd>
      <dt>Passage</dt>
      <dd>
        {coding.passage
          ? `“${coding.passage.quote}” (${coding.passage.locator}${coding.passage.role === 'context' ? ', context only' : ''})`
          : 'the passages already on record'}
      </dd>
      {coding.summary && (
        <>
          <dt>Summary</dt>
          <dd>{coding.summary}</dd>
        </>
      )}
    </dl>
  );
}
