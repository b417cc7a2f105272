import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/dimensions/[key]/route';
import { getDimensionView } from '@/db/queries/dimension-view';
import { parseDimensionParams } from '@/lib/url/dimension-params';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../../helpers/db';

const seed = readSeedDir(DEFAULT_SEED_DIR);
beforeAll(() => seedTestDb(seed));

const vocab = { regions: ['Europe', 'Asia', 'Americas', 'Africa', 'Oceania'], groups: ['european-union', 'african-union'] };
const params = (sp: Record<string, string> = {}) => parseDimensionParams(sp, vocab, '2026-11-22').params;

describe('GET /api/v1/dimensions/[key]', () => {
  it('serves the rows of the page in the same order, as CSV and JSON', async () => {
    const view = await getDimensionView('knowledge', params({ experts: 'include' }));
    const call = (q: string, key = 'knowledge') => GET(new Request(`http://x/api/v1/dimensions/${key}?${q}`), { params: Promise.resolve({ key }) });
    const json = (await (await call('experts=include&to=2026-11-22')).json()) as { rows: { actor_slug: string }[] };
    expect(json.rows.map((r) => r.actor_slug)).toEqual(view.rows.map((r) => r.actor.slug));
    const csv = await call('experts=include&to=2026-11-22&format=csv');
    expect(csv.headers.get('content-disposition')).toContain('due-diligence-knowledge-2026-11-22.csv');
    expect((await csv.text()).trim().split('\n')).toHaveLength(view.rows.length + 1);
    expect((await call('', 'colour')).status).toBe(404);
  });
});
