import { searchParamsRecord } from '@/lib/url/search-params-record';
import { loadCompareRows } from '@/server/views/compare';
import { linkHeader, pageLinks } from '@/lib/compare/paging';
import { compareQuery } from '@/lib/url/compare-params';
import { apiHref } from '@/lib/url/hrefs';
import { toExportRows } from '@/lib/export/export-rows';
import { badRequest, exportResponse, parseFormat } from '@/server/http/export-response';

// Reads the database on every request; never prerendered at build time.
export const dynamic = 'force-dynamic';

/** The /compare view as CSV or JSON: same parameters, same rows, same order, same page of actors. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const format = parseFormat(url.searchParams.get('format'));
  if (!format) return badRequest('format must be csv or json');
  const { params, notices, view } = await loadCompareRows(searchParamsRecord(url.searchParams));
  const { page, pages, total, pageSize } = view.page;
  // Page links keep the view's parameters as /compare writes them (one canonical spelling, whatever the request
  // used) and the format; only `page` changes, and page 1 is implicit.
  const hrefOf = (n: number) => apiHref('compare', compareQuery({ ...params, page: n }, { cell: null }), format);
  const links = pageLinks(hrefOf, view.page);
  return exportResponse(
    format,
    `due-diligence-compare-${params.asOf}${pages > 1 ? `-page-${page}` : ''}`,
    toExportRows(view.rows, params.asOf),
    { asOf: params.asOf, notices, actors: view.rows.map((r) => r.actor.slug), dimensions: params.dims, page, pages, pageSize, totalActors: total, links },
    { link: linkHeader(links) },
  );
}
