import { CONFIDENCE_DEFINITIONS, CONFIDENCE_LABELS, type Confidence } from '@/lib/domain/vocabulary';

const MARKS: Record<Confidence, string> = { high: '●●●', medium: '●●○', low: '●○○' };

/** Confidence in text and shape, never colour alone; low confidence is flagged with a warning sign. */
export function ConfidenceBadge({ level, compact = false }: { level: Confidence; compact?: boolean }) {
  return (
    <span className={`confidence confidence-${level}`} title={CONFIDENCE_DEFINITIONS[level]}>
      <span aria-hidden="true">
        {level === 'low' ? '⚠ ' : ''}
        {MARKS[level]}
      </span>
      {compact ? <span className="visually-hidden">{CONFIDENCE_LABELS[level]}</span> : <span> {CONFIDENCE_LABELS[level]}</span>}
    </span>
  );
}
