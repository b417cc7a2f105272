import { describe, expect, it } from 'vitest';
import { briefingQuery, DEFAULT_TITLE, parseBriefingParams, PURPOSE_MAX, TITLE_MAX } from '@/lib/url/briefing-params';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';

const vocab = { actorSlugs: new Set(['denmark', 'china']), groups: ['european-union'] };
const parse = (sp: Record<string, string | string[]>) => parseBriefingParams(sp, vocab, '2026-11-22');

describe('parseBriefingParams', () => {
  it('fills defaults: all dimensions, today, the default title, no purpose', () => {
    expect(parse({ actors: 'denmark' }).params).toEqual({
      actors: ['denmark'],
      group: null,
      dims: [...DIMENSION_KEYS],
      asOf: '2026-11-22',
      title: DEFAULT_TITLE,
      purpose: null,
      layout: 'brief',
      minConfidence: null,
    });
  });

  it('drops unknown values and cuts long text, each with a notice', () => {
    const { params, notices } = parse({
      actors: 'denmark,atlantis',
      group: 'nowhere',
      dims: 'knowledge,colour',
      asOf: '2021-02-30',
      title: 't'.repeat(TITLE_MAX + 5),
      purpose: 'p'.repeat(PURPOSE_MAX + 1),
    });
    expect(params).toMatchObject({ actors: ['denmark'], group: null, dims: ['knowledge'], asOf: '2026-11-22' });
    expect(params.title).toHaveLength(TITLE_MAX);
    expect(params.purpose).toHaveLength(PURPOSE_MAX);
    expect(notices).toHaveLength(6);
  });

  it('reads back its own link unchanged, whether the form repeated parameters or not', () => {
    const fromForm = parse({
      actors: ['china', 'denmark'],
      group: 'european-union',
      dims: ['applicability', 'knowledge'],
      asOf: '2021-12-31',
      title: 'Brief & co',
      purpose: 'For the minister',
    });
    const again = parse(Object.fromEntries(new URLSearchParams(briefingQuery(fromForm.params))));
    expect(again).toEqual(fromForm);
    expect(briefingQuery(fromForm.params)).toBe(
      '?actors=china,denmark&group=european-union&dims=applicability,knowledge&asOf=2021-12-31&title=Brief+%26+co&purpose=For+the+minister',
    );
  });

  it('keeps the actors in the order given', () => {
    const vocab3 = { actorSlugs: new Set(['denmark', 'china', 'france']), groups: [] };
    const { params } = parseBriefingParams({ actors: ['france', 'china', 'denmark'] }, vocab3, '2026-11-22');
    expect(params.actors).toEqual(['france', 'china', 'denmark']);
    expect(briefingQuery(params)).toBe('?actors=france,china,denmark&asOf=2026-11-22');
  });
});
