import { isCoded, type Outcome } from '@/lib/domain/as-of';
import type { DimensionKey } from '@/lib/domain/codebook';
import { laterPoliticalNote, laterSilenceNote, outcomeLabel, pendingNote } from '@/lib/domain/outcome-text';
import { ConfidenceBadge } from './confidence-badge';

const MARK: Record<Outcome['kind'], string> = { value: '', silent: '○ ', not_coded: '? ', no_document: '— ' };

/**
 * One as-of outcome: a value with its confidence and year, or one of the three kinds of "no value",
 * each with its own words and shape (not colour alone).
 */
export function OutcomeLabel({ dimension, outcome, showNotes = true }: { dimension: DimensionKey; outcome: Outcome; showNotes?: boolean }) {
  const label = outcomeLabel(dimension, outcome);
  const pending = showNotes ? pendingNote(outcome) : null;
  const silence = showNotes ? laterSilenceNote(outcome) : null;
  const political = showNotes ? laterPoliticalNote(outcome) : null;
  return (
    <span className={`outcome outcome-${outcome.kind}`}>
      <span className="outcome-label">
        <span aria-hidden="true">{MARK[outcome.kind]}</span>
        {label}
      </span>
      {isCoded(outcome) && (
        <span className="outcome-meta">
          {' '}
          <ConfidenceBadge level={outcome.coding.confidence ?? 'low'} compact /> <span className="outcome-year">({outcome.document.date.slice(0, 4)})</span>
        </span>
      )}
      {pending && <span className="outcome-note pending">{pending}</span>}
      {silence && <span className="outcome-note">{silence}</span>}
      {political && <span className="outcome-note">{political}</span>}
    </span>
  );
}
