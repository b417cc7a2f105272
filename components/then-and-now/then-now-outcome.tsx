import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { isCoded, type Outcome } from '@/lib/domain/as-of';
import { outcomeMark } from '@/lib/compare/matrix-marks';
import type { DimensionKey } from '@/lib/domain/codebook';
import { outcomeLabel } from '@/lib/domain/outcome-text';
import { evidenceHref } from '@/lib/url/hrefs';

/** One side of a cell: the matrix's symbol and words, the year and confidence of a coded value, linked to its evidence. */
export function ThenNowOutcome({ actor, dimension, outcome, asOf }: { actor: string; dimension: DimensionKey; outcome: Outcome; asOf: string }) {
  const mark = outcomeMark(dimension, outcome);
  const words = (
    <span className={`outcome-${outcome.kind}`}>
      <span className="outcome-label">
        <span aria-hidden="true">{`${mark.symbol} `}</span>
        {outcomeLabel(dimension, outcome)}
      </span>
    </span>
  );
  if (!isCoded(outcome)) return words;
  return (
    <>
      <a href={evidenceHref({ actor, dim: dimension, asOf })}>{words}</a> <span className="outcome-year">({outcome.document.date.slice(0, 4)})</span>{' '}
      <ConfidenceBadge level={outcome.coding.confidence ?? 'low'} compact={outcome.coding.confidence !== 'low'} />
    </>
  );
}
