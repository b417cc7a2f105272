import { describe, expect, it } from 'vitest';
import { changesQuery, parseChangesParams } from '@/lib/url/changes-params';

const actors = new Set(['china', 'denmark']);

describe('parseChangesParams', () => {
  it('reads a period bound as its whole period', () => {
    const { params, notices } = parseChangesParams({ actor: 'china', from: '2019', to: '2021-02' }, actors);
    expect(params).toMatchObject({ actor: 'china', from: '2019-01-01', to: '2021-02-28', changesOnly: false, page: 1 });
    expect(notices).toEqual([]);
  });

  it('drops bad input with a notice for each, never throwing', () => {
    const { params, notices } = parseChangesParams({ actor: 'atlantis', from: '2019-13', to: 'soon', show: 'everything', page: 'x' }, actors);
    expect(params).toEqual({ actor: null, from: null, to: null, changesOnly: false, page: 1 });
    expect(notices).toHaveLength(5);
  });

  it('warns about a period that ends before it starts', () => {
    expect(parseChangesParams({ from: '2022', to: '2020' }, actors).notices.join(' ')).toMatch(/ends \(2020-12-31\) before it starts \(2022-01-01\)/);
  });

  it('round-trips through the query string', () => {
    const { params } = parseChangesParams({ actor: 'denmark', from: '2020-05-01', show: 'changes', page: '2' }, actors);
    expect(changesQuery(params)).toBe('?actor=denmark&from=2020-05-01&show=changes&page=2');
    expect(parseChangesParams(Object.fromEntries(new URLSearchParams(changesQuery(params))), actors).params).toEqual(params);
  });
});
