import { describe, expect, it } from 'vitest';
import { linkHeader, pageLinks, paginate, parsePageNumber } from '@/lib/compare/paging';
import { compareQuery, parseCompareParams } from '@/lib/url/compare-params';

describe('paging', () => {
  it('slices a scope into pages and clamps a page past the end to the last one, with a notice', () => {
    expect(paginate(5600, { page: 3, pageSize: 250 }).info).toEqual({ page: 3, pages: 23, total: 5600, pageSize: 250, start: 500, end: 750 });
    const past = paginate(300, { page: 9, pageSize: 250 });
    expect(past.info).toMatchObject({ page: 2, pages: 2, start: 250, end: 300 });
    expect(past.notices).toEqual(['There are only 2 pages; showing the last.']);
    expect(paginate(0, { page: 1, pageSize: 250 }).info).toMatchObject({ page: 1, pages: 1, start: 0, end: 0 });
  });

  it('reads page as a positive integer and reports anything else', () => {
    expect(parsePageNumber('4')).toEqual({ value: 4, notices: [] });
    expect(parsePageNumber(undefined)).toEqual({ value: 1, notices: [] });
    for (const bad of ['0', '-2', '1.5', 'abc', '99999999999']) expect(parsePageNumber(bad).notices).toHaveLength(1);
  });

  it('gives neighbour links from the view’s own URL writer, and a Link header only when there are neighbours', () => {
    const info = paginate(2100, { page: 2, pageSize: 1000 }).info;
    const links = pageLinks((n) => `/x?format=json${n > 1 ? `&page=${n}` : ''}`, info);
    expect(links).toEqual({ self: '/x?format=json&page=2', prev: '/x?format=json', next: '/x?format=json&page=3' });
    expect(linkHeader(links)).toBe('</x?format=json&page=3>; rel="next", </x?format=json>; rel="prev"');
    expect(linkHeader({ prev: null, next: null })).toBe('');
  });

  it('keeps the page in /compare URLs with every other parameter, page 1 implicit', () => {
    const vocab = { actorSlugs: new Set(['denmark']), regions: [], groups: [] };
    const { params, notices } = parseCompareParams({ kind: 'state', sort: '-applicability', page: '3' }, vocab, '2026-01-01');
    expect(notices).toEqual([]);
    expect(params.page).toBe(3);
    expect(compareQuery(params)).toBe('?asOf=2026-01-01&kind=state&sort=-applicability&page=3');
    expect(compareQuery(params, { cell: 'denmark:knowledge' })).toContain('&page=3');
    expect(compareQuery(params, { page: null })).not.toContain('page=');
    expect(parseCompareParams({ page: '1' }, vocab, '2026-01-01').params.page).toBeUndefined();
    expect(parseCompareParams({ page: 'x' }, vocab, '2026-01-01').notices).toEqual(['Unknown page "x" ignored; showing the first page.']);
  });
});
