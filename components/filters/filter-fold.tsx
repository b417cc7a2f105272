import type { ReactNode } from 'react';

/**
 * Filters folded into a disclosure on narrow screens; on wider ones the stylesheet (globals.css, .filter-fold) shows
 * the content and hides the summary, so desktop users see every control at once.
 */
export function FilterFold({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="filter-fold">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
