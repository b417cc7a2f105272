import { describe, expect, it } from 'vitest';
import { actorNameIndex } from '@/lib/domain/actor-names';
import { parseActorsParam, spelledOtherwise } from '@/lib/url/actors-param';

const names = actorNameIndex([
  { slug: 'china', name: 'China', kind: 'state', iso3: 'CHN' },
  { slug: 'united-states', name: 'United States', kind: 'state', iso3: 'USA' },
]);

describe('parseActorsParam', () => {
  it('resolves slugs, names, aliases and codes from comma lists and repeated keys, in order, once each', () => {
    expect(parseActorsParam({ actors: ['China, US', 'chn'] }, names)).toEqual({ value: ['china', 'united-states'], notices: [] });
  });
  it('drops unknown entries with one notice', () => {
    expect(parseActorsParam({ actors: 'atlantis,china,mu' }, names)).toEqual({ value: ['china'], notices: ['Unknown actors ignored: atlantis, mu.'] });
  });
});

describe('spelledOtherwise', () => {
  it('is true for names, aliases or the legacy key, so the page can redirect to slugs', () => {
    expect(spelledOtherwise({ actors: 'China, US' }, ['china', 'united-states'])).toBe(true);
    expect(spelledOtherwise({ actor: 'china' }, ['china'], ['actor'])).toBe(true);
  });
  it('is false for slugs already, and when an entry is unknown (its notice must be seen)', () => {
    expect(spelledOtherwise({ actors: 'china,united-states' }, ['china', 'united-states'])).toBe(false);
    expect(spelledOtherwise({ actors: 'China,atlantis' }, ['china'])).toBe(false);
    expect(spelledOtherwise({}, [])).toBe(false);
  });
});
