/** CSV and JSON download responses for export rows (UTF-8, file name carrying the as-of date). */
import { stringify } from 'csv-stringify/sync';
import { EXPORT_COLUMNS, type ExportRow } from '@/lib/export/export-rows';

export type ExportFormat = 'csv' | 'json';

export function parseFormat(raw: string | null): ExportFormat | null {
  if (raw === null || raw === '' || raw === 'json') return 'json';
  return raw === 'csv' ? 'csv' : null;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some strip first) as a
 * formula: `=HYPERLINK(…)` in a quote would become a live link or worse. Such cells get a leading apostrophe, the
 * OWASP-recommended neutraliser, which spreadsheets show as text and do not display. JSON keeps the exact text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Export rows as CSV text (header row first), with formula cells neutralised. */
export function toCsv(rows: ExportRow[]): string {
  return stringify(rows, { header: true, columns: [...EXPORT_COLUMNS], cast: { boolean: (b) => (b ? 'true' : 'false'), string: neutraliseFormula } });
}

/** `extra` headers (e.g. a paging Link) are added when non-empty. */
export function exportResponse(
  format: ExportFormat,
  baseName: string,
  rows: ExportRow[],
  meta: Record<string, unknown>,
  extra: Record<string, string> = {},
): Response {
  const more = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== ''));
  if (format === 'csv') {
    // A byte-order mark so Excel opens accented names (Türkiye, Côte d'Ivoire) as UTF-8; other tools ignore it.
    const body = '\uFEFF' + toCsv(rows);
    return new Response(body, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${baseName}.csv"`, ...more },
    });
  }
  // Compact: pretty-printing made /api/v1/compare 22 MB at 100× actors (readers who want it indented have `jq`).
  // The production server compresses it (server/cache/page-cache.ts).
  return new Response(JSON.stringify({ ...meta, columns: EXPORT_COLUMNS, rows }), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `inline; filename="${baseName}.json"`, ...more },
  });
}

export function badRequest(message: string): Response {
  return Response.json({ error: message }, { status: 400 });
}
