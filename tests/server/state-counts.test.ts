import { beforeAll, describe, expect, it } from 'vitest';
import { getDataset } from '@/db/queries/dataset';
import { todayIso } from '@/lib/domain/dates';
import { countOf } from '@/lib/domain/state-counts';
import { loadCompareView } from '@/server/views/compare';
import { loadDimensionView } from '@/server/views/dimension';
import { loadHomeView } from '@/server/views/home';
import { loadTimelineView } from '@/server/views/timeline';
import { seedTestDb } from '../helpers/db';
import { asOfInputs, statesWith, type ActorInputs } from '../helpers/dataset-as-of';

let inputs: Map<string, ActorInputs>;
beforeAll(async () => {
  seedTestDb();
  inputs = asOfInputs(await getDataset());
});

/** Issue 19 item 8: /, /compare and /dimensions/applicability count the same States, as of the date shown. */
describe('one set of counts', () => {
  for (const asOf of ['2015-12-31', '2019-12-31', todayIso()]) {
    it(`agrees with the as-of rule on every page, as of ${asOf}`, async () => {
      const home = await loadHomeView(asOf);
      const dimension = (await loadDimensionView('applicability', { to: asOf }))!;
      for (const row of home.applicability.rows) {
        const expected = statesWith(inputs, 'applicability', asOf, row.key);
        expect(row.names.map((n) => n.name)).toEqual(expected);
        expect(countOf(dimension.view.states, row.key).count).toBe(expected.length);
        expect(dimension.view.groups.find((g) => g.key === row.key)!.count).toBe(expected.length);
      }
      const binding = statesWith(inputs, 'applicability', asOf, 'binding_obligation');
      const compare = await loadCompareView({ value: 'applicability:binding_obligation', asOf });
      expect(compare.view.rows.filter((r) => r.actor.kind === 'state').map((r) => r.actor.name)).toEqual(binding);
    });
  }

  it('counts a State whose first document is later as having no document on a past date', async () => {
    const past = await loadHomeView('2015-12-31');
    const today = await loadHomeView(todayIso());
    expect(countOf(past.applicability, 'no_document').count).toBeGreaterThan(countOf(today.applicability, 'no_document').count);
    expect(past.applicability.total).toBe([...inputs.values()].filter((a) => a.kind === 'state').length);
  });

  it('/timeline counts every State at each month end as / does on that day', async () => {
    const { points } = await loadTimelineView({});
    for (const asOf of ['2015-12-31', '2019-12-31']) {
      const month = points.find((p) => p.asOf === asOf)!;
      const home = await loadHomeView(asOf);
      for (const row of home.applicability.rows) expect(month.counts[row.key] ?? 0, `${asOf} ${row.key}`).toBe(row.count);
    }
  });
});
