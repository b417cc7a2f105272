import { describe, expect, it } from 'vitest';
import { actorNameIndex } from '@/lib/domain/actor-names';
import { changesQuery, parseChangesParams } from '@/lib/url/changes-params';

const actors = actorNameIndex([
  { slug: 'china', name: 'China', kind: 'state', iso3: 'CHN' },
  { slug: 'denmark', name: 'Denmark', kind: 'state', iso3: 'DNK' },
  { slug: 'united-states', name: 'United States', kind: 'state', iso3: 'USA' },
]);

describe('parseChangesParams', () => {
  it('reads a period bound as its whole period', () => {
    const { params, notices } = parseChangesParams({ actors: 'china', from: '2019', to: '2021-02' }, actors);
    expect(params).toMatchObject({ actors: ['china'], from: '2019-01-01', to: '2021-02-28', changesOnly: false, page: 1 });
    expect(notices).toEqual([]);
  });

  it('takes several actors by slug, name, alias or ISO code, and the one-actor `actor=` of older links', () => {
    expect(parseChangesParams({ actors: 'China, US' }, actors).params.actors).toEqual(['china', 'united-states']);
    expect(parseChangesParams({ actors: ['DNK', 'china'] }, actors).params.actors).toEqual(['denmark', 'china']);
    expect(parseChangesParams({ actor: 'china' }, actors).params.actors).toEqual(['china']);
  });

  it('drops bad input with a notice for each, never throwing', () => {
    const { params, notices } = parseChangesParams({ actors: 'atlantis', from: '2019-13', to: 'soon', show: 'everything', page: 'x' }, actors);
    expect(params).toEqual({ actors: [], from: null, to: null, changesOnly: false, page: 1 });
    expect(notices).toHaveLength(5);
  });

  it('warns about a period that ends before it starts', () => {
    expect(parseChangesParams({ from: '2022', to: '2020' }, actors).notices.join(' ')).toMatch(/ends \(2020-12-31\) before it starts \(2022-01-01\)/);
  });

  it('round-trips through the query string', () => {
    const { params } = parseChangesParams({ actors: 'denmark,china', from: '2020-05-01', show: 'changes', page: '2' }, actors);
    expect(changesQuery(params)).toBe('?actors=denmark,china&from=2020-05-01&show=changes&page=2');
    expect(parseChangesParams(Object.fromEntries(new URLSearchParams(changesQuery(params))), actors).params).toEqual(params);
  });
});
