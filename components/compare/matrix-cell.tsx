import Link from 'next/link';
import { OutcomeLabel } from '@/components/positions/outcome-label';
import type { MatrixCell as Cell } from '@/lib/compare/compare-rows';
import { DIMENSION_LABELS } from '@/lib/domain/codebook';
import { CONFIDENCE_LABELS, type Confidence } from '@/lib/domain/vocabulary';
import styles from './compare.module.css';
import { isCoded } from '@/lib/domain/as-of';

type Props = { cell: Cell; actorName: string; href: string; selected: boolean; minConfidence: Confidence | null };

/** A cell is a link to its evidence panel, so mouse and keyboard users reach it the same way. */
export function MatrixCell({ cell, actorName, href, selected, minConfidence }: Props) {
  return (
    <td className={selected ? styles.selected : undefined} aria-current={selected ? 'true' : undefined}>
      <Link href={href} scroll={false} className={styles.cellLink}>
        <span className="visually-hidden">
          {actorName}, {DIMENSION_LABELS[cell.dimension]}:{' '}
        </span>
        {cell.belowMinConfidence ? (
          <span className={styles.masked}>
            Below {CONFIDENCE_LABELS[minConfidence ?? 'high'].toLowerCase()} ({isCoded(cell.outcome) ? cell.outcome.document.date.slice(0, 4) : ''})
          </span>
        ) : (
          <OutcomeLabel dimension={cell.dimension} outcome={cell.outcome} />
        )}
        {cell.evidence && (
          <span className={styles.open} aria-hidden="true">
            {' '}
            evidence ›
          </span>
        )}
      </Link>
    </td>
  );
}
