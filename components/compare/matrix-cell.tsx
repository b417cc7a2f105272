import type { MatrixCell as Cell } from '@/lib/compare/compare-rows';
import { outcomeMark } from '@/lib/compare/matrix-marks';
import { laterPoliticalNote, laterSilenceNote, outcomeLabel, pendingNote } from '@/lib/domain/outcome-text';
import { CONFIDENCE_LABELS, type Confidence } from '@/lib/domain/vocabulary';
import styles from './compare.module.css';
import { isCoded } from '@/lib/domain/as-of';

type Props = { cell: Cell; href: string; selected: boolean; compact: boolean; minConfidence: Confidence | null };

const CONFIDENCE_CLASS: Record<Confidence, string | undefined> = { high: styles.kHigh, medium: styles.kMedium, low: styles.kLow };

/**
 * A cell is a plain link to its evidence panel (a full page load keeps the matrix free of client code). Only what
 * differs per cell is in the markup: the outcome kind, value and confidence are classes, their marks come from the
 * stylesheet and the one legend, and the row and column headers name the cell for assistive technology.
 */
export function MatrixCell({ cell, href, selected, compact, minConfidence }: Props) {
  const o = cell.outcome;
  const coded = isCoded(o);
  const mark = outcomeMark(cell.dimension, o);
  const notes = [pendingNote(o), laterSilenceNote(o), laterPoliticalNote(o)].filter((n): n is string => n !== null);
  const kind = coded && !cell.belowMinConfidence ? CONFIDENCE_CLASS[o.coding.confidence ?? 'low'] : undefined;
  const cls = [styles[`o_${o.kind}`], `value-${mark.styleKey}`, kind].filter(Boolean).join(' ');
  return (
    <td className={cls} aria-current={selected ? 'true' : undefined}>
      <a href={href}>
        {cell.belowMinConfidence ? (
          <span className={styles.masked}>
            Below {CONFIDENCE_LABELS[minConfidence ?? 'high'].toLowerCase()}
            {coded ? ` (${o.document.date.slice(0, 4)})` : ''}
          </span>
        ) : (
          <>
            {/* One text node per span (template strings): no React text separators in every cell of the matrix. */}
            <span aria-hidden="true">{`${mark.symbol} `}</span>
            {compact ? mark.short : outcomeLabel(cell.dimension, o)}
            {coded && !compact && <span className={styles.year}>{` (${o.document.date.slice(0, 4)})`}</span>}
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
