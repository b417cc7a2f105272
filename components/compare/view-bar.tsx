import type { ReactNode } from 'react';
import type { ViewSummary } from '@/lib/compare/view-summary';
import styles from './view-bar.module.css';

/**
 * What the matrix shows, in one line, with the control that changes it: the filters stay folded (a native disclosure,
 * so it works without script) and the first screen holds the data. `tools` are the view's links (cells, downloads,
 * briefing, map) on one more line; on a phone that line waits below the matrix instead (AfterMatrix).
 */
export function ViewBar({ summary, note, tools, children }: { summary: ViewSummary; note?: ReactNode; tools: ReactNode; children: ReactNode }) {
  return (
    <div className={styles.viewBar}>
      <details className={styles.change}>
        <summary>
          <span id="view-summary">
            <strong>{summary.scope}</strong> × {summary.columns}, as of <strong>{summary.asOf}</strong>
            {summary.filters.length > 0 && `; ${summary.filters.join('; ')}`}.
          </span>{' '}
          <span className={styles.changeControl}>Change what is shown</span>
        </summary>
        {children}
      </details>
      {note}
      <div className={`no-print ${styles.tools} ${styles.wideOnly}`}>{tools}</div>
    </div>
  );
}

/**
 * On a phone the data comes first: the view's tools and the legend follow the matrix there. They are rendered twice —
 * above the matrix for wider screens (hidden on a phone), here for a phone (hidden elsewhere and in print) — so the
 * reading and tab order always match what is seen; a hidden copy is out of the accessibility tree and the tab order.
 */
export function AfterMatrix({ tools, legend }: { tools: ReactNode; legend: ReactNode }) {
  return (
    <section className={`no-print ${styles.afterMatrix}`} aria-label="Key and downloads">
      <div className={styles.tools}>{tools}</div>
      {legend}
    </section>
  );
}
