import type { ReactNode } from 'react';
import type { ViewSummary } from '@/lib/compare/view-summary';
import styles from './view-bar.module.css';

/**
 * What the matrix shows, in one line, with the control that changes it: the filters stay folded (a native disclosure,
 * so it works without script) and the first screen holds the data. `tools` are the view's links (cells, downloads,
 * briefing, map) on one more line.
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
      <div className={`no-print ${styles.tools}`}>{tools}</div>
    </div>
  );
}
