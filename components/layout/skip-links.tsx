'use client';

import { usePathname } from 'next/navigation';
import { MATRIX_ID } from '@/lib/compare/matrix-ids';
import { compareHref } from '@/lib/url/hrefs';

/** Pages whose main content starts further down than the top of <main>: a second skip link goes straight to it. */
const PAGE_TARGETS: Record<string, { id: string; label: string }> = {
  [compareHref()]: { id: MATRIX_ID, label: 'Skip to the matrix' },
};

/**
 * The skip links before the site header: the page's own target first where it has one (the matrix: then one Tab
 * reaches its first cell), then "Skip to content". Rendered on the server too (usePathname), so they work without
 * script.
 */
export function SkipLinks() {
  const target = PAGE_TARGETS[usePathname()];
  return (
    <>
      {target && (
        <a className="skip-link" href={`#${target.id}`}>
          {target.label}
        </a>
      )}
      <a className="skip-link" href="#main">
        Skip to content
      </a>
    </>
  );
}
