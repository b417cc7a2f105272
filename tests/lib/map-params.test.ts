import { describe, expect, it } from 'vitest';
import { parseMapParams, type MapVocabulary } from '@/lib/url/map-params';

const NAMES: Record<string, string> = { china: 'China', 'united-states': 'United States', 'european-union': 'European Union' };
const vocab: MapVocabulary = {
  actorSlugs: new Set(Object.keys(NAMES)),
  stateSlugs: new Set(['china', 'united-states']),
  names: new Map([
    ['us', 'united-states'],
    ['china', 'china'],
    ['eu', 'european-union'],
  ]),
  nameOf: (slug) => NAMES[slug] ?? slug,
};

describe('parseMapParams: actors=', () => {
  it('resolves slugs and typed names to States, in the order given', () => {
    const { params, notices } = parseMapParams({ actors: 'US,china' }, '2026-12-07', vocab);
    expect(params.actors).toEqual(['united-states', 'china']);
    expect(notices).toEqual([]);
  });

  it('names an organisation it cannot draw and an unknown name, and keeps the States', () => {
    const { params, notices } = parseMapParams({ actors: 'eu,china,atlantis' }, '2026-12-07', vocab);
    expect(params.actors).toEqual(['china']);
    expect(notices).toEqual(['Unknown actor ignored: atlantis.', 'The map shows States only; not drawn: European Union (see them on Compare).']);
  });

  it('without a vocabulary (the small map on /) picks nothing out', () => {
    expect(parseMapParams({ actors: 'china' }, '2026-12-07').params.actors).toEqual([]);
  });
});
