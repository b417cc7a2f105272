import { beforeAll, describe, expect, it } from 'vitest';
import { getCompareView, getCompareVocabulary } from '@/db/queries/compare';
import { getApplicabilitySeries, listTimelineMarkers } from '@/db/queries/timeline';
import { parseCompareParams } from '@/lib/url/compare-params';
import { outcomeKey } from '@/lib/domain/tally';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../helpers/db';
import { engineCounts } from './timeline-engine';

const seed = readSeedDir(DEFAULT_SEED_DIR);
beforeAll(() => seedTestDb(seed));

/** What /compare shows at a month end, counted the way the timeline counts (bloc row excluded). */
async function compareCounts(sp: Record<string, string | undefined>) {
  const { params } = parseCompareParams({ ...sp, dims: 'applicability' }, await getCompareVocabulary(), '2026-11-22');
  const { rows } = await getCompareView(params);
  const counts: Record<string, number> = {};
  for (const r of rows.filter((x) => !x.isBloc)) {
    const k = outcomeKey(r.cells[0]!.outcome);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

const nonZero = (c: Record<string, number>) => Object.fromEntries(Object.entries(c).filter(([, n]) => n > 0));
const TODAY = '2026-11-22';

describe('getApplicabilitySeries', () => {
  const scopes = [
    // Like /compare?kind=state, the States series counts the States with a tracked document (dataset 1.1 lists all 193).
    { label: 'States', scope: { kinds: ['state'] as const, region: null, group: null, withDocuments: true }, compare: { kind: 'state' } },
    { label: 'European States', scope: { kinds: ['state'] as const, region: 'Europe', group: null }, compare: { kind: 'state', region: 'Europe' } },
    { label: 'EU members', scope: { kinds: ['state'] as const, region: null, group: 'european-union' }, compare: { kind: 'state', group: 'european-union' } },
  ];

  for (const { label, scope, compare } of scopes) {
    it(`gives, for ${label}, the counts /compare shows at several month ends`, async () => {
      const series = await getApplicabilitySeries(scope, TODAY);
      expect(series.length).toBeGreaterThan(12);
      let checked = 0;
      for (const asOf of ['2015-07-31', '2019-12-31', '2021-12-31', '2024-11-30', series[series.length - 1]!.asOf]) {
        const point = series.find((p) => p.asOf === asOf);
        if (!point) continue;
        checked += 1;
        expect(nonZero(point.counts), `${label} ${asOf}`).toEqual(nonZero(await compareCounts({ ...compare, asOf })));
      }
      expect(checked).toBeGreaterThanOrEqual(4);
    });
  }

  for (const { label, scope } of scopes) {
    it(`gives, for ${label}, at every month end, what the as-of engine gives for the actors in scope that day`, async () => {
      const series = await getApplicabilitySeries(scope, TODAY);
      for (const point of series) expect(nonZero(point.counts), `${label} ${point.asOf}`).toEqual(await engineCounts(scope, point.asOf));
    });
  }

  it('starts at the month of the first document in scope and ends this month', async () => {
    const series = await getApplicabilitySeries({ kinds: ['state'], region: null, group: null }, '2026-11-22');
    const firstDoc = seed.actors
      .filter((a) => a.kind === 'state')
      .flatMap((a) => a.documents.map((d) => d.date))
      .sort()[0]!;
    expect(series[0]!.asOf.slice(0, 4)).toBe(firstDoc.slice(0, 4));
    expect(series[series.length - 1]!.asOf).toBe('2026-11-30');
  });
});

describe('listTimelineMarkers', () => {
  it('takes the multilateral moments from the data, in date order', async () => {
    const markers = await listTimelineMarkers();
    const multilateral = seed.actors.filter((a) => a.kind === 'multilateral').flatMap((a) => a.documents.map((d) => d.id));
    expect(markers.map((m) => m.documentSlug)).toEqual(expect.arrayContaining(multilateral));
    const days = markers.map((m) => m.effective);
    expect(days).toEqual([...days].sort());
  });
});
