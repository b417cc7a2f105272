import { describe, expect, it } from 'vitest';
import { DIMENSION_KEYS, getDimension, isFreeTextDimension } from '@/lib/domain/codebook';
import { codingOf, isCoded, resolveAsOf, type Outcome } from '@/lib/domain/as-of';
import { actorDiffHref, actorHref, apiHref, compareWith, evidenceHref, proposeCodingHref, reviewHref, signInHref } from '@/lib/url/hrefs';

/** What a browser makes of a link: path, query and fragment, decoded. */
const resolve = (href: string) => new URL(href, 'http://tracker.test');

describe('in-app links (lib/url/hrefs)', () => {
  it('encodes path segments and fragments, so an unusual slug stays one segment', () => {
    const href = actorHref('côte d’ivoire/x', { document: 'a b#c' });
    const url = resolve(href);
    expect(url.pathname.split('/')).toHaveLength(3);
    expect(decodeURIComponent(url.pathname)).toBe('/actors/côte d’ivoire/x');
    expect(url.pathname).toBe('/actors/c%C3%B4te%20d%E2%80%99ivoire%2Fx');
    expect(decodeURIComponent(url.hash)).toBe('#doc-a b#c');
  });

  it('builds queries with the views’ serialiser: values survive a round trip, readable separators stay readable', () => {
    expect(compareWith({ group: 'european-union', asOf: '2020-01-01' })).toBe('/compare?group=european-union&asOf=2020-01-01');
    expect(compareWith({ value: 'applicability:binding_obligation' })).toBe('/compare?value=applicability:binding_obligation');
    const evidence = resolve(evidenceHref({ actor: 'a&b', dim: 'knowledge', asOf: '2024-06-30' }));
    expect(evidence.pathname).toBe('/compare/evidence');
    expect(Object.fromEntries(evidence.searchParams)).toEqual({ actor: 'a&b', dim: 'knowledge', asOf: '2024-06-30' });
    const diff = resolve(actorDiffHref('united-kingdom', { from: 'uk-2021', to: 'uk 2022' }));
    expect(diff.searchParams.get('to')).toBe('uk 2022');
    const coding = resolve(proposeCodingHref({ document: 'd?1', actor: 'denmark', dimension: 'capacity' }));
    expect(coding.searchParams.get('document')).toBe('d?1');
  });

  it('keeps a return path whole inside the sign-in link', () => {
    const back = '/desk/review/3?x=1&y=2#z';
    expect(resolve(signInHref(back)).searchParams.get('next')).toBe(back);
    expect(reviewHref(7, { created: '1' })).toBe('/desk/review/7?created=1');
  });

  it('adds the export format to a page query, with or without one', () => {
    expect(apiHref('compare', '', 'csv')).toBe('/api/v1/compare?format=csv');
    expect(apiHref('dimensions/knowledge', '?asOf=2020-01-01', 'json')).toBe('/api/v1/dimensions/knowledge?asOf=2020-01-01&format=json');
  });
});

describe('rules written once', () => {
  it('only value-less dimensions are free text', () => {
    const freeText = DIMENSION_KEYS.filter(isFreeTextDimension);
    expect(freeText).toEqual(['remedies']);
    for (const k of DIMENSION_KEYS) expect(isFreeTextDimension(k)).toBe(getDimension(k).values.length === 0);
  });

  it('an outcome is coded when a coding backs it — a value or a silence — never for the gaps', () => {
    const doc = { id: 1, slug: 'd', date: '2020-01-01', effective: '2020-01-01' };
    const coding = (value: string | null) => ({
      id: 9,
      documentId: 1,
      dimension: 'applicability' as const,
      value,
      freeText: null,
      confidence: 'high' as const,
    });
    const outcomes: Outcome[] = [
      resolveAsOf('applicability', '2021-01-01', [doc], [coding('binding_obligation')]),
      resolveAsOf('applicability', '2021-01-01', [doc], [coding('silent')]),
      resolveAsOf('applicability', '2021-01-01', [doc], []),
      resolveAsOf('applicability', '2019-01-01', [doc], [coding('binding_obligation')]),
    ];
    expect(outcomes.map((o) => o.kind)).toEqual(['value', 'silent', 'not_coded', 'no_document']);
    expect(outcomes.map(isCoded)).toEqual([true, true, false, false]);
    expect(outcomes.map((o) => codingOf(o)?.id ?? null)).toEqual([9, 9, null, null]);
  });
});
