import type { PageInfo } from '@/lib/compare/paging';

/** How a pager names its rows and its neighbours: actors page forwards, an actor's documents page through time. */
export type PagerWords = { noun: string; previous: string; next: string };

const ACTOR_WORDS: PagerWords = { noun: 'actors', previous: 'Previous', next: 'Next' };

/** An actor's document cards run oldest first, so the page before holds earlier documents. */
export const DOCUMENT_PAGER_WORDS: PagerWords = { noun: 'documents', previous: 'Earlier', next: 'Later' };

/**
 * Pages of a large list (lib/compare/paging.ts; the matrix, the /actors directory, an actor's documents): where the
 * rows are, and plain links to the neighbouring pages that keep the rest of the URL (`hrefOf`). Renders nothing while
 * the list fits on one page.
 */
export function Pager({
  page,
  hrefOf,
  position,
  words = ACTOR_WORDS,
}: {
  page: PageInfo;
  hrefOf: (page: number) => string;
  position: 'top' | 'bottom';
  words?: PagerWords;
}) {
  if (page.pages <= 1) return null;
  const noun = words.noun.charAt(0).toUpperCase() + words.noun.slice(1);
  return (
    <nav aria-label={`Pages of ${words.noun} (${position})`} className="no-print pager">
      <p>
        {noun} {(page.start + 1).toLocaleString('en')}–{page.end.toLocaleString('en')} of {page.total.toLocaleString('en')} (page {page.page} of {page.pages}).{' '}
        {page.page > 1 && (
          <a href={hrefOf(page.page - 1)} rel="prev">
            ← {words.previous} {page.pageSize}
          </a>
        )}
        {page.page > 1 && page.page < page.pages && ' · '}
        {page.page < page.pages && (
          <a href={hrefOf(page.page + 1)} rel="next">
            {words.next} {Math.min(page.pageSize, page.total - page.end)} →
          </a>
        )}
      </p>
    </nav>
  );
}
