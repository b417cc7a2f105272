import type { PageInfo } from '@/lib/compare/paging';

/**
 * Pages of actors for a large scope (lib/compare/paging.ts; the matrix and the /actors directory): where the rows are,
 * and plain links to the neighbouring pages that keep the rest of the URL (`hrefOf`). Renders nothing while the scope
 * fits on one page.
 */
export function Pager({ page, hrefOf, position }: { page: PageInfo; hrefOf: (page: number) => string; position: 'top' | 'bottom' }) {
  if (page.pages <= 1) return null;
  return (
    <nav aria-label={`Pages of actors (${position})`} className="no-print pager">
      <p>
        Actors {(page.start + 1).toLocaleString('en')}–{page.end.toLocaleString('en')} of {page.total.toLocaleString('en')} (page {page.page} of {page.pages}).{' '}
        {page.page > 1 && <a href={hrefOf(page.page - 1)}>← Previous {page.pageSize}</a>}
        {page.page > 1 && page.page < page.pages && ' · '}
        {page.page < page.pages && <a href={hrefOf(page.page + 1)}>Next {Math.min(page.pageSize, page.total - page.end)} →</a>}
      </p>
    </nav>
  );
}
