import { searchParamsRecord } from '@/lib/url/search-params-record';
import { loadCompareView } from '@/server/views/compare';
import { toExportRows } from '@/lib/export/export-rows';
import { badRequest, exportResponse, parseFormat } from '@/server/http/export-response';

// Reads the database on every request; never prerendered at build time.
export const dynamic = 'force-dynamic';

/** The /compare view as CSV or JSON: same parameters, same rows, same order. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const format = parseFormat(url.searchParams.get('format'));
  if (!format) return badRequest('format must be csv or json');
  const { params, notices, view } = await loadCompareView(searchParamsRecord(url.searchParams));
  return exportResponse(format, `due-diligence-compare-${params.asOf}`, toExportRows(view.rows, params.asOf), {
    asOf: params.asOf,
    notices,
    actors: view.rows.map((r) => r.actor.slug),
    dimensions: params.dims,
  });
}
