import { beforeAll, describe, expect, it } from 'vitest';
import { getDataset } from '@/db/queries/dataset';
import { sameOutcome } from '@/lib/then-and-now/then-and-now';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import { loadThenAndNowView } from '@/server/views/then-and-now';
import { loadActorDiffView } from '@/server/views/actor-diff';
import { loadChangesView } from '@/server/views/changes';
import { seedTestDb } from '../helpers/db';
import { asOfInputs, outcomeOf, type ActorInputs } from '../helpers/dataset-as-of';

let inputs: Map<string, ActorInputs>;
beforeAll(async () => {
  seedTestDb();
  inputs = asOfInputs(await getDataset());
});

describe('then and now', () => {
  it('marks exactly the cells whose as-of outcome differs between 2015-12-31 and today, for every State with a document', async () => {
    const view = await loadThenAndNowView({ dims: DIMENSION_KEYS.join(','), then: '2015-12-31' });
    const states = [...inputs.values()].filter((a) => a.kind === 'state' && a.documents.length > 0);
    expect(view.rows.map((r) => r.actor.slug).sort()).toEqual(states.map((s) => s.slug).sort());
    let changed = 0;
    for (const r of view.rows)
      for (const c of r.cells) {
        const a = inputs.get(r.actor.slug)!;
        const differs = !sameOutcome(c.dimension, outcomeOf(a, c.dimension, '2015-12-31'), outcomeOf(a, c.dimension, todayIso()));
        expect(c.change !== 'none', `${r.actor.slug} ${c.dimension}`).toBe(differs);
        if (differs) changed += 1;
      }
    expect(changed).toBeGreaterThan(0);
  });

  it('takes China and the US by name and alias, in that order, showing the dimensions coded for them', async () => {
    const view = await loadThenAndNowView({ actors: 'China,US' });
    expect(view.rows.map((r) => r.actor.slug)).toEqual(['china', 'united-states']);
    expect(view.dims[0]).toBe('applicability');
    expect(view.notices).toEqual([]);
    // A dimension left out is coded for neither on either date.
    for (const d of view.leftOut)
      for (const slug of ['china', 'united-states'])
        for (const day of ['2015-12-31', todayIso()]) expect(['not_coded', 'no_document']).toContain(outcomeOf(inputs.get(slug)!, d, day).kind);
  });
});

describe('/changes with two actors', () => {
  it('lists the documents of both', async () => {
    const view = await loadChangesView({ actors: 'china,united-states' });
    const expected = ['china', 'united-states'].reduce((n, s) => n + inputs.get(s)!.documents.length, 0);
    expect(view.rows).toHaveLength(expected);
    expect(view.chosen.map((a) => a.slug)).toEqual(['china', 'united-states']);
  });
});

describe('the diff page by default', () => {
  it('compares the United Kingdom documents where its position changed', async () => {
    const view = (await loadActorDiffView('united-kingdom', {}))!;
    expect(view.chosenByDefault).toBe(true);
    expect(view.rows.some((r) => r.changed)).toBe(true);
    const uk = inputs.get('united-kingdom')!;
    // The "to" side changes the as-of position: the day before it takes effect and the day it does differ.
    const to = uk.documents.find((d) => d.slug === view.pair!.to.slug)!;
    const before = new Date(Date.parse(`${to.effective}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(DIMENSION_KEYS.some((d) => !sameOutcome(d, outcomeOf(uk, d, before), outcomeOf(uk, d, to.effective)))).toBe(true);
  });
});
