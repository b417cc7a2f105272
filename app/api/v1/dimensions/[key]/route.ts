import { listGroups, listRegions } from '@/db/queries/actors';
import { getDimensionView } from '@/db/queries/dimension-view';
import { isDimensionKey } from '@/lib/codebook';
import { parseDimensionParams } from '@/lib/dimension-params';
import { toExportRows } from '@/lib/export-rows';
import { badRequest, exportResponse, parseFormat } from '@/lib/export-response';

export const dynamic = 'force-dynamic';

/** The /dimensions/[key] view as CSV or JSON: same parameters, same rows, same order. */
export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const { key } = await params;
  if (!isDimensionKey(key)) return Response.json({ error: `unknown dimension "${key}"` }, { status: 404 });
  const url = new URL(request.url);
  const format = parseFormat(url.searchParams.get('format'));
  if (!format) return badRequest('format must be csv or json');
  const [regions, groups] = await Promise.all([listRegions(), listGroups()]);
  const { params: p, notices } = parseDimensionParams(Object.fromEntries(url.searchParams), { regions, groups: groups.map((g) => g.slug) });
  const view = await getDimensionView(key, p);
  return exportResponse(format, `due-diligence-${key}-${p.to}`, toExportRows(view.rows, p.to), {
    dimension: key,
    asOf: p.to,
    from: p.from,
    notices,
    counts: Object.fromEntries(view.groups.map((g) => [g.key, g.count])),
  });
}
