import { DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { legendGroups } from '@/lib/compare/matrix-marks';
import { BACKING_MARKS, QUOTE_BACKINGS, READING_MARKS } from '@/lib/domain/evidence-strength';
import { CONFIDENCE_LEVELS } from '@/lib/domain/vocabulary';
import styles from './view-bar.module.css';

/**
 * The one legend of the matrix. Its summary line is the key to the strength of the evidence (shown in every coded
 * cell); opened, it lists every value's symbol and short label once, instead of repeating words in each cell.
 */
export function MatrixLegend({ dims, compact, id, phone }: { dims: readonly DimensionKey[]; compact: boolean; id: string; phone: boolean }) {
  // Two copies: above the matrix on wider screens, after it on a phone (view-bar.tsx, AfterMatrix).
  return (
    <details className={`${styles.legend} ${phone ? '' : styles.wideOnly}`} id={id}>
      <summary>
        Evidence in each cell:{' '}
        {QUOTE_BACKINGS.map((b) => (
          <span key={b} className={styles.legendItem}>
            <span aria-hidden="true">{BACKING_MARKS[b].symbol}</span> {BACKING_MARKS[b].short}
          </span>
        ))}
        {CONFIDENCE_LEVELS.map((c) => (
          <span key={c} className={`${styles.legendItem} ${c === 'low' ? styles.lowMark : ''}`}>
            <span aria-hidden="true">{READING_MARKS[c].symbol}</span> {READING_MARKS[c].short}
          </span>
        ))}
        <span className={styles.legendMore}>Key to every symbol</span>
      </summary>
      <dl>
        <div>
          <dt>Quote</dt>
          {QUOTE_BACKINGS.map((b) => (
            <dd key={b}>
              <span aria-hidden="true">{BACKING_MARKS[b].symbol}</span> {BACKING_MARKS[b].label}
            </dd>
          ))}
        </div>
        <div>
          <dt>Reading</dt>
          {CONFIDENCE_LEVELS.map((c) => (
            <dd key={c}>
              <span aria-hidden="true">{READING_MARKS[c].symbol}</span> {READING_MARKS[c].label}
            </dd>
          ))}
        </div>
        {legendGroups(dims).map((g) => (
          <div key={g.dimension ?? 'gaps'}>
            <dt>{g.dimension ? DIMENSION_LABELS[g.dimension] : 'Every dimension'}</dt>
            {g.rows.map((r) => (
              <dd key={r.short}>
                <span aria-hidden="true">{r.symbol}</span>{' '}
                {compact && r.short !== r.label ? (
                  <>
                    <strong>{r.short}</strong>: {r.label}
                  </>
                ) : (
                  r.label
                )}
              </dd>
            ))}
          </div>
        ))}
        <div>
          <dt>Coverage</dt>
          <dd>
            Under each heading: of the States with a document on the date, for how many the dimension is coded{compact ? ' (coded/with a document)' : ''}; the
            link lists those not yet coded. * a later document is not yet coded or says nothing on this.
          </dd>
        </div>
      </dl>
    </details>
  );
}
