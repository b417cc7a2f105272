import { DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { legendGroups } from '@/lib/compare/matrix-marks';
import styles from './compare.module.css';

/** The one legend of the matrix: every symbol and short label once, instead of repeating words in each cell. */
export function MatrixLegend({ dims, compact }: { dims: readonly DimensionKey[]; compact: boolean }) {
  return (
    <details className={styles.legend} open>
      <summary>Key to the cells</summary>
      <dl>
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
          <dt>Confidence</dt>
          <dd>
            {compact ? (
              <>
                <span className={styles.lowMark}>⚠</span> low confidence: verify before citing; no mark: high or medium (full cells show which). * a later
                document is not yet coded or says nothing on this.
              </>
            ) : (
              <>
                ●●● high · ●●○ medium · <span className={styles.lowMark}>⚠ ●○○ low</span>: verify before citing.
              </>
            )}
          </dd>
        </div>
      </dl>
    </details>
  );
}
