import { describe, expect, it } from 'vitest';
import { actorNameIndex, actorsMatching, findActorByName, initials, normalizeName } from '@/lib/domain/actor-names';

const actors = [
  { slug: 'australia', name: 'Australia', kind: 'state' as const, iso3: 'AUS' },
  { slug: 'african-union', name: 'African Union', kind: 'regional_org' as const, iso3: null },
  { slug: 'united-states', name: 'United States', kind: 'state' as const, iso3: 'USA' },
  { slug: 'united-kingdom', name: 'United Kingdom', kind: 'state' as const, iso3: 'GBR' },
  { slug: 'china', name: 'China', kind: 'state' as const, iso3: 'CHN' },
  { slug: 'cote-divoire', name: "Côte d'Ivoire", kind: 'state' as const, iso3: 'CIV' },
  { slug: 'un-gge', name: 'UN GGE', kind: 'multilateral' as const, iso3: null },
];
const index = actorNameIndex(actors);

describe('findActorByName', () => {
  it('takes names, slugs and ISO alpha-3 codes in any case, with or without accents', () => {
    expect(findActorByName('china', index)).toBe('china');
    expect(findActorByName('CHN', index)).toBe('china');
    expect(findActorByName('united-kingdom', index)).toBe('united-kingdom');
    expect(findActorByName('Cote d’Ivoire'.replace('’', "'"), index)).toBe('cote-divoire');
  });

  it("takes ISO 3166's other English names (US, the U.S., UK, People's Republic of China)", () => {
    expect(findActorByName('US', index)).toBe('united-states');
    expect(findActorByName('the U.S.', index)).toBe('united-states');
    expect(findActorByName('UK', index)).toBe('united-kingdom');
    expect(findActorByName("People's Republic of China", index)).toBe('china');
    expect(findActorByName('Ivory Coast', index)).toBe('cote-divoire');
  });

  it("takes an organisation's initials, which win over a country's alpha-2 code", () => {
    expect(findActorByName('AU', index)).toBe('african-union');
    expect(findActorByName('GGE', index)).toBe('un-gge');
    expect(findActorByName('sovereignty', index)).toBeNull();
  });
});

describe('helpers', () => {
  it('normalises and abbreviates', () => {
    expect(normalizeName('  The  U.S. ')).toBe('us');
    expect(initials('Shanghai Cooperation Organisation')).toBe('SCO');
    expect(initials('UN General Assembly')).toBe('UNGA');
    expect(initials('Chinese expert group (Sovereignty in Cyberspace)')).toBe('C');
  });

  it('lists actors whose name has a word starting with each word typed', () => {
    expect(actorsMatching('united', actors).map((a) => a.slug)).toEqual(['united-states', 'united-kingdom']);
    expect(actorsMatching('', actors)).toEqual([]);
  });
});
