import { describe, expect, it } from 'vitest';
import { cellQueryBuilder, compareQuery, parseCompareParams } from '@/lib/url/compare-params';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import { nameIndex } from '@/lib/url/search-params';

const vocab = { actorSlugs: new Set(['denmark', 'china', 'european-union']), regions: ['Europe', 'Asia'], groups: ['european-union'] };

describe('parseCompareParams', () => {
  it("takes actor names in any case where slugs go (the picker's add-by-name field), and names what it does not know", () => {
    const named = {
      ...vocab,
      actorNames: nameIndex([
        { slug: 'european-union', name: 'European Union', kind: 'regional_org', iso3: null },
        { slug: 'denmark', name: 'Denmark', kind: 'state', iso3: 'DNK' },
        { slug: 'united-states', name: 'United States', kind: 'state', iso3: 'USA' },
      ]),
    };
    const { params, notices } = parseCompareParams({ actors: ['china', 'european union, DENMARK, Atlantis, china, US, eu'] }, named, '2026-11-22');
    // Names in any case, ISO 3166's other names ("US") and an organisation's initials ("EU") resolve.
    expect(params.actors).toEqual(['china', 'european-union', 'denmark', 'united-states']);
    expect(notices).toEqual(['Unknown actor ignored: Atlantis.']);
    // Without the name index only slugs count.
    expect(parseCompareParams({ actors: 'Denmark' }, vocab, '2026-11-22').params.actors).toEqual([]);
  });

  it('defaults to every dimension as of today, sorted by name', () => {
    const { params, notices } = parseCompareParams({}, vocab, '2026-11-22');
    expect(params).toMatchObject({ actors: [], dims: [...DIMENSION_KEYS], asOf: '2026-11-22', sort: { key: 'name', desc: false }, cell: null });
    expect(notices).toEqual([]);
  });

  it('reads every parameter', () => {
    const { params, notices } = parseCompareParams(
      {
        actors: 'denmark,china',
        dims: 'knowledge,applicability',
        asOf: '2021-12-31',
        kind: 'state',
        region: 'Europe',
        group: 'european-union',
        value: 'applicability:binding_obligation',
        minConfidence: 'medium',
        sort: '-knowledge',
        cell: 'denmark:knowledge',
        evidence: 'own-words',
        columns: 'coded',
      },
      vocab,
    );
    expect(notices).toEqual([]);
    expect(params).toEqual({
      actors: ['denmark', 'china'],
      dims: ['knowledge', 'applicability'],
      asOf: '2021-12-31',
      kind: 'state',
      region: 'Europe',
      group: 'european-union',
      value: { dimension: 'applicability', value: 'binding_obligation' },
      minConfidence: 'medium',
      sort: { key: 'knowledge', desc: true },
      cell: { actor: 'denmark', dimension: 'knowledge' },
      showUndocumented: false,
      view: 'full',
      codedColumns: true,
      ownWords: true,
    });
    expect(compareQuery(params)).toContain('evidence=own-words');
    expect(compareQuery(params)).toContain('columns=coded');
  });

  it('keeps the compact view in the URL and drops an unknown one with a notice', () => {
    const compact = parseCompareParams({ view: 'compact' }, vocab, '2026-11-22');
    expect(compact.params.view).toBe('compact');
    expect(compareQuery(compact.params)).toContain('view=compact');
    const bad = parseCompareParams({ view: 'huge' }, vocab, '2026-11-22');
    expect(bad.params.view).toBe('full');
    expect(bad.notices.join(' ')).toContain('huge');
    expect(compareQuery(bad.params)).not.toContain('view=');
  });

  it('drops unknown input with a notice for each, and falls back to today for a bad date', () => {
    const { params, notices } = parseCompareParams(
      {
        actors: 'denmark,atlantis',
        dims: 'colour',
        asOf: '2021-02-30',
        kind: 'planet',
        region: 'Mars',
        group: 'nato',
        value: 'applicability:maybe',
        minConfidence: 'certain',
        sort: 'height',
        cell: 'x:y',
      },
      vocab,
      '2026-11-22',
    );
    expect(params).toMatchObject({
      actors: ['denmark'],
      dims: [...DIMENSION_KEYS],
      asOf: '2026-11-22',
      kind: null,
      region: null,
      group: null,
      value: null,
      minConfidence: null,
      sort: { key: 'name', desc: false },
      cell: null,
    });
    expect(notices).toHaveLength(10);
    expect(notices.join(' ')).toMatch(/atlantis.*colour.*2021-02-30.*planet.*Mars.*nato.*applicability:maybe.*certain.*height.*x:y/s);
  });
});

describe('compareQuery', () => {
  it('writes back a view so that parsing it gives the same parameters', () => {
    const sp = { actors: 'china,denmark', dims: 'knowledge', asOf: '2021-12-31', value: 'knowledge:actual', sort: '-knowledge' };
    const { params } = parseCompareParams(sp, vocab);
    const again = parseCompareParams(Object.fromEntries(new URLSearchParams(compareQuery(params).slice(1))), vocab);
    expect(again.params).toEqual(params);
    expect(compareQuery(params, { sort: null, cell: 'china:knowledge' })).toBe(
      '?actors=china,denmark&dims=knowledge&asOf=2021-12-31&value=knowledge:actual&cell=china:knowledge',
    );
  });
});

describe('cellQueryBuilder', () => {
  it('writes every cell link exactly as compareQuery does, whatever else the view sets', () => {
    const views = [
      {},
      { actors: 'denmark,china', dims: 'knowledge,applicability', asOf: '2021-12-31', sort: '-knowledge', view: 'compact', page: '2' },
      { group: 'european-union', value: 'applicability:binding_obligation', minConfidence: 'low', undocumented: 'show', cell: 'china:knowledge' },
    ];
    for (const sp of views) {
      const { params } = parseCompareParams(sp, vocab, '2026-11-22');
      const cellQuery = cellQueryBuilder(params);
      for (const actor of ['denmark', 'european-union', 'côte-d’ivoire', 'a b']) {
        for (const dim of DIMENSION_KEYS) expect(cellQuery(actor, dim)).toBe(compareQuery(params, { cell: `${actor}:${dim}` }));
      }
    }
  });
});
