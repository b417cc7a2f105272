import { beforeAll, describe, expect, it } from 'vitest';
import { GET as compareApi } from '@/app/api/v1/compare/route';
import { db } from '@/db/client';
import { listStateOutcomes } from '@/db/queries/map';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import { isoNumericOf } from '@/lib/map/iso-numeric';
import { buildMapModel } from '@/lib/map/map-model';
import { FREE_TEXT_KEY } from '@/lib/map/map-styles';
import { worldGeometry } from '@/lib/map/world-geometry';
import { seedTestDb } from '../helpers/db';

// Loading the full seed (all 193 States once dataset 1.1 is in) takes seconds on a busy machine.
beforeAll(() => seedTestDb(), 60_000);

const statesInDb = () => db.$client.prepare("SELECT slug, iso3 FROM actors WHERE kind = 'state' ORDER BY slug").all() as { slug: string; iso3: string }[];

describe('the map of the database', () => {
  it('has exactly one table row per State in the database, whatever their number', async () => {
    const states = statesInDb();
    expect(states.length).toBeGreaterThan(0);
    const model = buildMapModel('applicability', await listStateOutcomes('applicability', '2026-11-22'), worldGeometry());
    expect(model.entries.map((e) => e.slug).sort()).toEqual(states.map((s) => s.slug));
  });

  it('places every State with a numeric ISO code as an outline or a marker', async () => {
    const model = buildMapModel('knowledge', await listStateOutcomes('knowledge', '2026-11-22'), worldGeometry());
    for (const s of statesInDb()) {
      expect(isoNumericOf(s.iso3), s.iso3).not.toBeNull();
      expect(model.entries.find((e) => e.slug === s.slug)!.placement, s.slug).not.toBe('list');
    }
  });

  it('shows for each State the outcome /api/v1/compare gives on the same day (one as-of rule)', async () => {
    for (const asOf of ['2015-12-31', '2019-12-31', '2021-12-31', '2026-11-22']) {
      for (const dim of DIMENSION_KEYS) {
        const res = await compareApi(new Request(`http://test/api/v1/compare?kind=state&dims=${dim}&asOf=${asOf}`));
        const rows = (await res.json()).rows as { actor_slug: string; outcome: string; value: string | null }[];
        const entries = new Map(buildMapModel(dim, await listStateOutcomes(dim, asOf), worldGeometry()).entries.map((e) => [e.slug, e]));
        expect(rows.length).toBeGreaterThan(0);
        for (const r of rows) {
          const e = entries.get(r.actor_slug)!;
          expect(e.outcome.kind, `${r.actor_slug} ${dim} ${asOf}`).toBe(r.outcome);
          const expectedKey = r.outcome === 'value' || r.outcome === 'silent' ? (r.value ?? FREE_TEXT_KEY) : r.outcome;
          expect(e.key, `${r.actor_slug} ${dim} ${asOf}`).toBe(expectedKey);
        }
      }
    }
    // 36 views of every State: seconds on a busy machine; a time limit here would test the machine, not the map.
  }, 120_000);

  it('gives no document tracked to every State before its first document', async () => {
    const model = buildMapModel('applicability', await listStateOutcomes('applicability', '1900-01-01'), worldGeometry());
    expect(new Set(model.entries.map((e) => e.key))).toEqual(new Set(['no_document']));
  });
});
