import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActorPicker, PICKER_LIST_LIMIT, pickerOptions } from '@/components/filters/actor-picker';
import { fold, matchActors } from '@/lib/compare/actor-match';
import { actorNameIndex, normalizeName } from '@/lib/domain/actor-names';
import type { ActorKind } from '@/lib/domain/vocabulary';

const actors = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `state-${i}`, name: `State ${i}`, kind: 'state' as ActorKind }));
const chips = (html: string) => [...html.matchAll(/<input type="checkbox" name="actors" checked="" value="([^"]+)"/g)].map((m) => m[1]);

const REAL = [
  { slug: 'united-states', name: 'United States', kind: 'state' as ActorKind, iso3: 'USA' },
  { slug: 'united-kingdom', name: 'United Kingdom', kind: 'state' as ActorKind, iso3: 'GBR' },
  { slug: 'australia', name: 'Australia', kind: 'state' as ActorKind, iso3: 'AUS' },
  { slug: 'european-union', name: 'European Union', kind: 'regional_org' as ActorKind, iso3: null },
  { slug: 'african-union', name: 'African Union', kind: 'regional_org' as ActorKind, iso3: null },
];

describe('ActorPicker', () => {
  it('renders the chosen actors as ticked chips, in the chosen order, and a text field that works without script', () => {
    const html = renderToStaticMarkup(<ActorPicker actors={actors(20)} chosen={['state-7', 'state-3']} />);
    expect(chips(html)).toEqual(['state-7', 'state-3']);
    expect(html).toMatch(/<input[^>]*role="combobox"[^>]*>/);
    expect(html.match(/<input[^>]*role="combobox"[^>]*>/)![0]).toContain('name="actors"');
    expect(pickerOptions(actors(20), []).length).toBe(20);
  });

  it('beyond the limit, offers only the chosen actors (the rest are typed by name)', () => {
    const many = actors(PICKER_LIST_LIMIT * 40);
    expect(pickerOptions(many, ['state-7', 'state-19999']).map((o) => o[0])).toEqual(['state-7', 'state-19999']);
    const html = renderToStaticMarkup(<ActorPicker actors={many} chosen={['state-7']} />);
    expect(html).toContain('20,000 actors are tracked, too many to suggest');
    expect(html.length).toBeLessThan(3_000);
  });
});

describe('actor names, codes and aliases', () => {
  it('resolves names, ISO codes and the short names US, UK, EU, AU (an initialism wins over an alpha-2 code)', () => {
    const index = actorNameIndex(REAL);
    expect(['us', 'usa', 'united states', 'uk', 'gbr', 'eu', 'au', 'aus'].map((k) => index.get(k))).toEqual([
      'united-states',
      'united-states',
      'united-states',
      'united-kingdom',
      'united-kingdom',
      'european-union',
      'african-union',
      'australia',
    ]);
  });

  it('offers a bloc twice: its own position, and its members', () => {
    const options = pickerOptions(REAL, []);
    const eu = matchActors('EU', options, new Set(), new Set(['european-union', 'african-union']));
    expect(eu.slice(0, 2).map((c) => [c.kind, c.slug])).toEqual([
      ['actor', 'european-union'],
      ['members', 'european-union'],
    ]);
    expect(matchActors('united', options, new Set(['united-states']), new Set()).map((c) => c.slug)).toEqual(['united-kingdom']);
    // Typed as normalizeName writes names, so "the U.S." finds the United States.
    for (const typed of ['the U.S.', 'Côte', '  UK ']) expect(fold(typed)).toBe(normalizeName(typed));
    expect(matchActors('the U.S.', options, new Set(), new Set())[0]!.slug).toBe('united-states');
  });
});
