import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/compare/route';
import { getCompareView, getCompareVocabulary } from '@/db/queries/compare';
import { parseCompareParams } from '@/lib/url/compare-params';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../../helpers/db';

const seed = readSeedDir(DEFAULT_SEED_DIR);
beforeAll(() => seedTestDb(seed));

async function view(sp: Record<string, string>) {
  const { params } = parseCompareParams(sp, await getCompareVocabulary(), '2026-11-22');
  return { params, ...(await getCompareView(params)) };
}

describe('GET /api/v1/compare', () => {
  it('exports exactly one CSV data row per cell shown, with a dated file name', async () => {
    const sp = { actors: 'denmark,china,european-union,united-states', asOf: '2021-12-31', dims: 'applicability,knowledge,threshold' };
    const { cellCount } = await view(sp);
    const res = await GET(new Request(`http://x/api/v1/compare?${new URLSearchParams({ ...sp, format: 'csv' })}`));
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('due-diligence-compare-2021-12-31.csv');
    const text = await res.text();
    const { parse } = await import('csv-parse/sync');
    const records = parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(cellCount);
    expect(records.every((r) => r.as_of === '2021-12-31')).toBe(true);
  });

  it('returns the same rows in the same order as JSON', async () => {
    const sp = { group: 'european-union', asOf: '2021-12-31', dims: 'applicability', sort: '-applicability' };
    const { rows } = await view(sp);
    const res = await GET(new Request(`http://x/api/v1/compare?${new URLSearchParams(sp)}`));
    const body = (await res.json()) as { rows: { actor_slug: string }[]; asOf: string };
    expect(body.asOf).toBe('2021-12-31');
    expect(body.rows.map((r) => r.actor_slug)).toEqual(rows.map((r) => r.actor.slug));
  });

  it('answers bad parameters with notices and a bad format with 400, never 500', async () => {
    const res = await GET(new Request('http://x/api/v1/compare?asOf=yesterday&actors=atlantis&dims=x'));
    expect(res.status).toBe(200);
    const { notices } = (await res.json()) as { notices: string[] };
    expect(notices).toHaveLength(4);
    expect(notices.join(' ')).toMatch(/atlantis.*default view.*dimension.*x.*yesterday/s);
    expect((await GET(new Request('http://x/api/v1/compare?format=pdf'))).status).toBe(400);
  });
});
