import type { ReactNode } from 'react';

/**
 * A table that may be wider than a phone scrolls sideways inside its own labelled, focusable region (keyboard users
 * can scroll it too), never widening the page.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-x" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
