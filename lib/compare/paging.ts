/**
 * Paging of large scopes (/compare, /api/v1/compare and /actors with thousands of actors): a page of rows, the total, and
 * links that keep every other URL parameter. Pure. The size is chosen so that today's full set of States (193) is a
 * single page: paging only appears when the record grows past it. The matrix and the API page alike, so "Download
 * this view" on page 3 downloads exactly the rows of page 3.
 */
import type { Parsed } from '@/lib/url/search-params';

/** Actor rows per page of the /compare matrix and of /api/v1/compare (a bloc row, when shown, comes on top of every page). */
export const COMPARE_PAGE_SIZE = 250;

/** Rows per page of the /actors directory: the same size, so every State is on one page until the record grows past it. */
export const ACTOR_PAGE_SIZE = COMPARE_PAGE_SIZE;

export type PageRequest = { page: number; pageSize: number };

export type PageInfo = {
  page: number;
  pages: number;
  /** Rows in the whole scope. */
  total: number;
  pageSize: number;
  /** 0-based slice bounds of the rows shown: rows.slice(start, end). */
  start: number;
  end: number;
};

/** The whole scope as one page (scripts and tests that want every row). */
export const ALL_ROWS: PageRequest = { page: 1, pageSize: Number.MAX_SAFE_INTEGER };

/** `page` as a positive integer; anything else reads as 1 with a notice. */
export function parsePageNumber(raw: string | undefined): Parsed<number> {
  if (raw === undefined) return { value: 1, notices: [] };
  if (/^\d{1,9}$/.test(raw) && Number(raw) >= 1) return { value: Number(raw), notices: [] };
  return { value: 1, notices: [`Unknown page "${raw}" ignored; showing the first page.`] };
}

/** The page to show; a page past the end shows the last one, with a notice. */
export function paginate(total: number, request: PageRequest): { info: PageInfo; notices: string[] } {
  const pageSize = Math.max(1, request.pageSize);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, request.page), pages);
  const notices = page < request.page ? [`There ${pages === 1 ? 'is only one page' : `are only ${pages} pages`}; showing the last.`] : [];
  const start = Math.min(total, (page - 1) * pageSize);
  return { info: { page, pages, total, pageSize, start, end: Math.min(total, start + pageSize) }, notices };
}

/** Links to this page and its neighbours, given how a view writes its URL for a page (the API's `links`, the Link header, the pager). */
export function pageLinks(hrefOf: (page: number) => string, info: PageInfo): { self: string; prev: string | null; next: string | null } {
  return {
    self: hrefOf(info.page),
    prev: info.page > 1 ? hrefOf(info.page - 1) : null,
    next: info.page < info.pages ? hrefOf(info.page + 1) : null,
  };
}

/** The HTTP Link header for neighbouring pages ('' when there is one page). */
export function linkHeader(links: { prev: string | null; next: string | null }): string {
  return [links.next && `<${links.next}>; rel="next"`, links.prev && `<${links.prev}>; rel="prev"`].filter(Boolean).join(', ');
}
