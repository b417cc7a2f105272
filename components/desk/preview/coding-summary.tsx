import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { QuoteBlock } from '@/components/positions/quote-block';
import { DIMENSION_LABELS, valueLabel } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import type { CodingForDesk } from '@/db/queries/desk-codings';

/** A coding as the desk shows it: value (or "not coded"), confidence, words, passages, and where it came from. */
export function CodingSummary({ coding }: { coding: CodingForDesk }) {
  return (
    <dl className="facts">
      <dt>Actor</dt>
      <dd>{coding.actor.name}</dd>
      <dt>Document</dt>
      <dd>
        {coding.document.title} (<time dateTime={coding.document.date}>{formatPartialDate(coding.document.date)}</time>)
      </dd>
      <dt>Dimension</dt>
      <dd>{DIMENSION_LABELS[coding.dimension]}</dd>
      <dt>Value</dt>
      <dd>{coding.value !== null ? valueLabel(coding.dimension, coding.value) : <span className="outcome-not_coded">Not coded</span>}</dd>
      <dt>Confidence</dt>
      <dd>
        <ConfidenceBadge level={coding.confidence} />
        {coding.confidenceReason && <span className="muted"> — {coding.confidenceReason}</span>}
      </dd>
      {coding.freeText && (
        <>
          <dt>Actor&apos;s words</dt>
          <dd>&ldquo;{coding.freeText}&rdquo;</dd>
        </>
      )}
      <dt>Passages</dt>
      <dd>
        {coding.passages.length === 0 ? (
          <span className="muted">none</span>
        ) : (
          coding.passages.map((p, i) => <QuoteBlock key={i} quote={p.quote} locator={p.locator} role={p.role} sourceUrl={coding.document.url} />)
        )}
      </dd>
      <dt>Recorded</dt>
      <dd>
        {coding.reason === 'original' ? 'Original coding' : coding.reason === 'correction' ? 'Correction' : 'Withdrawal'}
        {coding.createdBy ? ` by ${coding.createdBy}` : ''}
        {coding.reasonNote ? ` — ${coding.reasonNote}` : ''}
      </dd>
    </dl>
  );
}
