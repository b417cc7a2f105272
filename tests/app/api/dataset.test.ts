import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/dataset/route';
import { db } from '@/db/client';
import { DATASET_CSV_COLUMNS, restoreCell, type Dataset } from '@/lib/export/dataset-export';
import { DIMENSIONS } from '@/lib/domain/codebook';
import { seedTestDb } from '../../helpers/db';

// Loading the full seed (all 193 States once dataset 1.1 is in) takes seconds on a busy machine.
beforeAll(() => seedTestDb(), 60_000);

type Row = Record<string, string>;
const sql = <T>(q: string) => db.$client.prepare(q).all() as T[];

/** The database's own view of every record and current coding, written independently of db/queries/dataset.ts. */
function fromDatabase() {
  const records = sql<{ doc: string; actor: string; title: string; confidence: string | null; summary: string }>(
    `SELECT d.slug AS doc, a.slug AS actor, d.title, da.confidence, da.summary
     FROM document_authors da JOIN documents d ON d.id = da.document_id JOIN actors a ON a.id = da.actor_id`,
  );
  const codings = sql<{ doc: string; actor: string; dim: string; value: string | null; text: string | null; confidence: string }>(
    `SELECT d.slug AS doc, a.slug AS actor, c.dimension_key AS dim, c.value, c.free_text AS text, c.confidence
     FROM codings c JOIN documents d ON d.id = c.document_id JOIN actors a ON a.id = c.actor_id
     WHERE NOT EXISTS (SELECT 1 FROM codings later WHERE later.supersedes_id = c.id) AND (c.value IS NOT NULL OR c.free_text IS NOT NULL)`,
  );
  return { records, codings };
}

async function download(format: string): Promise<Response> {
  return GET(new Request(`http://test/api/v1/dataset?format=${format}`));
}

describe('/api/v1/dataset', () => {
  it('JSON round-trips: as many records as the database, with its values and confidence', async () => {
    const res = await download('json');
    expect(res.headers.get('content-type')).toContain('application/json');
    const data = (await res.json()) as Dataset;
    const { records, codings } = fromDatabase();
    expect(data.records).toHaveLength(records.length);
    expect(data.actors).toHaveLength(sql('SELECT id FROM actors').length);
    expect(data.literature).toHaveLength(sql('SELECT id FROM literature').length);
    const byKey = new Map(data.records.map((r) => [`${r.id}|${r.actor_slug}`, r]));
    expect(byKey.size).toBe(records.length);
    for (const r of records) {
      const got = byKey.get(`${r.doc}|${r.actor}`)!;
      expect(got.title).toBe(r.title);
      expect(got.confidence).toBe(r.confidence);
      expect(got.summary).toBe(r.summary);
    }
    const exported = data.records.flatMap((r) =>
      Object.entries(r.codings).map(([dim, c]) => `${r.id}|${r.actor_slug}|${dim}|${c.value}|${c.free_text}|${c.confidence}`),
    );
    expect(exported.sort()).toEqual(codings.map((c) => `${c.doc}|${c.actor}|${c.dim}|${c.value}|${c.text}|${c.confidence}`).sort());
    expect(data.dataset.licence.name).toBe('CC BY 4.0');
    // Each quote keeps its role (the actor's due-diligence wording, or context only), as stored with the passage.
    const quotes = data.records.flatMap((r) => r.quotes.map((q) => `${r.id}|${q.quote}|${q.quote_role}`));
    const stored = sql<{ slug: string; quote: string; role: string | null }>(
      'SELECT d.slug, p.quote, p.role FROM passages p JOIN documents d ON d.id = p.document_id JOIN document_authors da ON da.document_id = d.id',
    );
    expect(quotes.sort()).toEqual(stored.map((p) => `${p.slug}|${p.quote}|${p.role}`).sort());
    expect(quotes.some((q) => q.endsWith('|context'))).toBe(true);
  });

  it('CSV round-trips: one row per record, every value and confidence as in the database', async () => {
    const res = await download('csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="due-diligence-dataset-.+\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A UTF-8 byte-order mark first, for Excel; TextDecoder drops it again.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), { columns: true }) as Row[];
    expect(Object.keys(rows[0]!)).toEqual([...DATASET_CSV_COLUMNS]);
    const { records, codings } = fromDatabase();
    expect(rows).toHaveLength(records.length);
    const byKey = new Map(rows.map((r) => [`${r.id}|${r.actor_slug}`, r]));
    for (const r of records) {
      const got = byKey.get(`${r.doc}|${r.actor}`)!;
      expect(restoreCell(got.title!)).toBe(r.title);
      expect(restoreCell(got.summary!)).toBe(r.summary);
      expect(got.confidence || null).toBe(r.confidence);
    }
    let cells = 0;
    for (const row of rows) {
      for (const d of DIMENSIONS) {
        const c = codings.find((x) => x.doc === row.id && x.actor === row.actor_slug && x.dim === d.key);
        if (d.values.length > 0) expect(restoreCell(row[d.key]!) || null, `${row.id} ${d.key}`).toBe(c?.value ?? null);
        expect(restoreCell(row[`${d.key}_text`]!) || null).toBe(c?.text ?? null);
        expect(row[`${d.key}_confidence`] || null).toBe(c?.confidence ?? null);
        if (c) cells += 1;
      }
    }
    expect(cells).toBe(codings.length);
  });

  it('refuses an unknown format with 400', async () => {
    expect((await download('xlsx')).status).toBe(400);
  });
});
