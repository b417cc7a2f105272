import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { codingOf, type Outcome } from '@/lib/domain/as-of';
import { isFirstFinding } from '@/lib/changes/change-text';
import { DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { outcomeLabel } from '@/lib/domain/outcome-text';

const MARK: Record<Outcome['kind'], string> = { value: '', silent: '○ ', not_coded: '? ', no_document: '— ' };

/** An outcome inline, in the words and shape of its kind (the three kinds of "no value" never look alike). */
function Inline({ dimension, outcome }: { dimension: DimensionKey; outcome: Outcome }) {
  return (
    <span className={`outcome-${outcome.kind}`}>
      <span className="outcome-label">
        <span aria-hidden="true">{MARK[outcome.kind]}</span>
        {outcomeLabel(dimension, outcome)}
      </span>
    </span>
  );
}

/** "Applicability: ○ Silent → Binding obligation ●●●", or "Knowledge: first coded, Actual knowledge ●●○". */
export function ChangeLine({ dimension, from, to }: { dimension: DimensionKey; from: Outcome; to: Outcome }) {
  const confidence = codingOf(to)?.confidence ?? null;
  return (
    <>
      {DIMENSION_LABELS[dimension]}:{' '}
      {isFirstFinding(from) ? (
        'first coded, '
      ) : (
        <>
          <Inline dimension={dimension} outcome={from} /> →{' '}
        </>
      )}
      <Inline dimension={dimension} outcome={to} />
      {confidence && (
        <>
          {' '}
          <ConfidenceBadge level={confidence} compact={confidence !== 'low'} />
        </>
      )}
    </>
  );
}
