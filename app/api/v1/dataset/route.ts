import { loadDataView } from '@/server/views/data';
import { datasetCsv } from '@/lib/export/dataset-export';
import { badRequest, parseFormat } from '@/server/http/export-response';

// Reads the database on every request; never prerendered at build time.
export const dynamic = 'force-dynamic';

/** The whole dataset, generated from the database: JSON (records, actors, literature) or CSV (one row per record). */
export async function GET(request: Request): Promise<Response> {
  const format = parseFormat(new URL(request.url).searchParams.get('format'));
  if (!format) return badRequest('format must be csv or json');
  const { data } = await loadDataView();
  const base = `due-diligence-dataset-${data.dataset.version ?? data.dataset.dataset_version ?? 'build'}`;
  if (format === 'csv') {
    return new Response(datasetCsv(data.records), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${base}.csv"` },
    });
  }
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${base}.json"` },
  });
}
