import Link from 'next/link';
import type { PageInfo } from '@/lib/compare/paging';

/** Links to the neighbouring pages of a desk list, keeping its filters (`hrefOf`); nothing while it fits on one page. */
export function DeskPager({ page, hrefOf, noun }: { page: PageInfo; hrefOf: (page: number) => string; noun: string }) {
  if (page.pages <= 1) return null;
  return (
    <nav aria-label={`Pages of ${noun}`} className="no-print pager">
      <p>
        Page {page.page} of {page.pages}. {page.page > 1 && <Link href={hrefOf(page.page - 1)}>← Previous {page.pageSize}</Link>}
        {page.page > 1 && page.page < page.pages && ' · '}
        {page.page < page.pages && <Link href={hrefOf(page.page + 1)}>Next {Math.min(page.pageSize, page.total - page.end)} →</Link>}
      </p>
    </nav>
  );
}
