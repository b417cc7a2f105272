import { beforeAll, describe, expect, it } from 'vitest';
import { loadBriefingView } from '@/server/views/briefing';
import { loadCompareView } from '@/server/views/compare';
import { seedTestDb } from '../helpers/db';

beforeAll(() => seedTestDb());

/** The pages' loaders: the same record whether a list came as repeated keys or as a comma list. */
describe('page loaders read repeated and comma-list parameters alike', () => {
  it('/compare', async () => {
    const comma = await loadCompareView({ actors: 'denmark,china', dims: 'applicability,threshold', asOf: '2019-12-31' });
    const repeated = await loadCompareView({ actors: ['denmark', 'china'], dims: ['applicability', 'threshold'], asOf: '2019-12-31' });
    expect(comma.params.actors).toEqual(['denmark', 'china']);
    expect(repeated.params).toEqual(comma.params);
    expect(repeated.view.rows.map((r) => r.actor.slug)).toEqual(comma.view.rows.map((r) => r.actor.slug));
    expect(repeated.notices).toEqual([]);
  });

  it('/briefing', async () => {
    for (const layout of ['brief', 'full'] as const) {
      const comma = await loadBriefingView({ actors: 'denmark,china', dims: 'applicability', asOf: '2021-12-31', layout });
      const repeated = await loadBriefingView({ actors: ['denmark', 'china'], dims: ['applicability'], asOf: '2021-12-31', layout });
      expect(layout === 'brief' ? comma.brief : comma.pack).not.toBeNull();
      expect(repeated.params).toEqual(comma.params);
      expect(JSON.stringify(repeated.brief ?? repeated.pack)).toBe(JSON.stringify(comma.brief ?? comma.pack));
    }
  });
});
