import type { MatrixCell as Cell } from '@/lib/compare/compare-rows';
import { outcomeMark } from '@/lib/compare/matrix-marks';
import { isCoded } from '@/lib/domain/as-of';
import { BACKING_MARKS, quoteBacking, type QuoteBacking } from '@/lib/domain/evidence-strength';
import { laterPoliticalNote, laterSilenceNote, outcomeLabel, pendingNote } from '@/lib/domain/outcome-text';
import { CONFIDENCE_LABELS, type Confidence } from '@/lib/domain/vocabulary';
import styles from './matrix-cell.module.css';

type Props = { cell: Cell; href: string; selected: boolean; compact: boolean; minConfidence: Confidence | null };

const CONFIDENCE_CLASS: Record<Confidence, string | undefined> = { high: styles.kHigh, medium: styles.kMedium, low: styles.kLow };
const BACKING_CLASS: Record<QuoteBacking, string | undefined> = { own_words: styles.bOwn, context_only: styles.bContext, no_quote: styles.bNone };

/**
 * The one definition of a matrix cell: a plain link to its evidence (the drawer opens it without a page load; without
 * script the link loads the page with the drawer open). Only what differs per cell is in the markup: the outcome kind,
 * value, confidence and quote backing are classes, their marks and words come from the stylesheet and the one legend,
 * and the row and column headers name the cell for assistive technology.
 */
export function MatrixCell({ cell, href, selected, compact, minConfidence }: Props) {
  const o = cell.outcome;
  const coded = isCoded(o);
  const mark = outcomeMark(cell.dimension, o);
  const notes = [pendingNote(o), laterSilenceNote(o), laterPoliticalNote(o)].filter((n): n is string => n !== null);
  const backing = coded ? quoteBacking(cell.evidence?.quotes ?? []) : null;
  const withheld = cell.belowMinConfidence || cell.notOwnWords;
  const strength = coded && !withheld ? [CONFIDENCE_CLASS[o.coding.confidence ?? 'low'], backing ? BACKING_CLASS[backing] : undefined] : [];
  const cls = [styles[`o_${o.kind}`], `value-${mark.styleKey}`, ...strength].filter(Boolean).join(' ');
  const year = coded ? ` (${o.document.date.slice(0, 4)})` : '';
  return (
    <td className={cls} aria-current={selected ? 'true' : undefined}>
      <a href={href}>
        {withheld ? (
          <span className={styles.masked}>
            {cell.belowMinConfidence
              ? `Below ${CONFIDENCE_LABELS[minConfidence ?? 'high'].toLowerCase()}${year}`
              : `Withheld: ${BACKING_MARKS[backing ?? 'no_quote'].short}${year}`}
          </span>
        ) : (
          <>
            {/* One text node per span (template strings): no React text separators in every cell of the matrix. */}
            <span aria-hidden="true">{`${mark.symbol} `}</span>
            {compact ? mark.short : outcomeLabel(cell.dimension, o)}
            {coded && !compact && <span className={styles.year}>{year}</span>}
          </>
        )}
        {compact && notes.length > 0 && (
          <span className={styles.noteMark}>
            <span aria-hidden="true">*</span>
            <span className="visually-hidden">; {notes.join('; ')}</span>
          </span>
        )}
      </a>
      {!compact && notes.length > 0 && <span className={styles.note}>{notes.join('; ')}</span>}
    </td>
  );
}
