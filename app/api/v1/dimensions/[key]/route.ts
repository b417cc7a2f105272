import { searchParamsRecord } from '@/lib/url/search-params-record';
import { loadDimensionView } from '@/server/views/dimension';
import { toExportRows } from '@/lib/export/export-rows';
import { badRequest, exportResponse, parseFormat } from '@/server/http/export-response';

export const dynamic = 'force-dynamic';

/** The /dimensions/[key] view as CSV or JSON: same parameters, same rows, same order. */
export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const { key } = await params;
  const url = new URL(request.url);
  const format = parseFormat(url.searchParams.get('format'));
  if (!format) return badRequest('format must be csv or json');
  const loaded = await loadDimensionView(key, searchParamsRecord(url.searchParams));
  if (!loaded) return Response.json({ error: `unknown dimension "${key}"` }, { status: 404 });
  const { params: p, notices, view } = loaded;
  return exportResponse(format, `due-diligence-${key}-${p.to}`, toExportRows(view.rows, p.to), {
    dimension: key,
    asOf: p.to,
    from: p.from,
    notices,
    counts: Object.fromEntries(view.groups.map((g) => [g.key, g.count])),
  });
}
