/**
 * Cutting a rendered page at its as-of date and nonce, and writing another date in (server/cache/as-of-template.ts):
 * the pure parts. tests/server/page-cache-as-of.test.ts runs them behind a real server and a real SQLite file.
 */
import { describe, expect, it } from 'vitest';
import { AsOfTemplates, asOfOfUrl, cutPage, fillTemplate, sameTemplate, type RenderedPage } from '@/server/cache/as-of-template';
import { formatPartialDate } from '@/lib/domain/dates';

function page(date: string, nonce: string, extra = ''): RenderedPage {
  const prose = formatPartialDate(date);
  const body = `<h1>Positions as of ${prose}</h1><script nonce="${nonce}"></script>${`<a href="/compare?asOf=${date}&amp;cell=x">cell</a>`.repeat(3)}${extra}`;
  return {
    status: 200,
    headers: [
      ['content-type', 'text/html; charset=utf-8'],
      ['content-security-policy', `script-src 'nonce-${nonce}'`],
      ['content-disposition', `attachment; filename="compare-${date}.csv"`],
    ],
    body: Buffer.from(body),
    nonce,
  };
}

describe('the as-of date of a URL', () => {
  it('is a plain asOf day named once; the family is the URL without it', () => {
    expect(asOfOfUrl('/compare?actors=denmark&asOf=2021-05-02&sort=name')).toEqual({
      date: '2021-05-02',
      family: '/compare?actors=denmark&asOf=*&sort=name',
    });
  });

  it('is none for another spelling, a second asOf, a partial or impossible date, or no date', () => {
    for (const url of [
      '/compare',
      '/compare?asOf=2021-05',
      '/compare?asOf=2021-02-30',
      '/compare?asOf=2021-05-02&asOf=2022-01-01',
      '/compare?as%4Ff=2020-01-01&asOf=2021-05-02',
      '/compare?asOf=2021%2D05%2D02',
      '/compare?asOf=2021-05-02x',
      '/compare?x=%E0%A4%A',
    ])
      expect(asOfOfUrl(url), url).toBeNull();
  });
});

describe('a page cut at its date', () => {
  it('gives back the page of another date, with the new date in both forms and a new nonce, headers included', () => {
    const cut = cutPage(page('2021-05-02', 'AAAAAAAAAAAAAAAAAAAAAA=='), '2021-05-02');
    const filled = fillTemplate(cut, '2021-05-12', 'BBBBBBBBBBBBBBBBBBBBBB==');
    const expected = page('2021-05-12', 'BBBBBBBBBBBBBBBBBBBBBB==');
    expect(filled.body.toString()).toBe(expected.body.toString());
    expect(filled.headers).toEqual(expected.headers);
    expect(filled.nonce).toBe('BBBBBBBBBBBBBBBBBBBBBB==');
  });

  it('is the same template for two dates of one page, and not when anything else differs', () => {
    const a = cutPage(page('2021-05-02', 'AAAAAAAAAAAAAAAAAAAAAA=='), '2021-05-02');
    const b = cutPage(page('2021-05-12', 'CCCCCCCCCCCCCCCCCCCCCC=='), '2021-05-12');
    expect(sameTemplate(a, b)).toBe(true);
    const other = cutPage(page('2021-05-12', 'CCCCCCCCCCCCCCCCCCCCCC==', '<p>one more document</p>'), '2021-05-12');
    expect(sameTemplate(a, other)).toBe(false);
    // The date also written where it means something else (a document of that day) is cut too, and so differs.
    const coincidence = cutPage(page('2021-05-02', 'AAAAAAAAAAAAAAAAAAAAAA==', '<time>2021-05-12</time>'), '2021-05-02');
    const itself = cutPage(page('2021-05-12', 'CCCCCCCCCCCCCCCCCCCCCC==', '<time>2021-05-12</time>'), '2021-05-12');
    expect(sameTemplate(coincidence, itself)).toBe(false);
  });
});

describe('the templates of a family', () => {
  it('are checked by two renders whose prose dates differ in length, and then fill', () => {
    const t = new AsOfTemplates(1 << 20);
    t.learn('f', '2021-05-02', page('2021-05-02', 'AAAAAAAAAAAAAAAAAAAAAA=='));
    t.learn('f', '2021-05-03', page('2021-05-03', 'AAAAAAAAAAAAAAAAAAAAAB=='));
    expect(t.fill('f', '2021-05-20', () => 'DDDDDDDDDDDDDDDDDDDDDD==')).toBeNull();
    t.learn('f', '2021-05-12', page('2021-05-12', 'AAAAAAAAAAAAAAAAAAAAAC=='));
    expect(t.fill('f', '2021-05-20', () => 'DDDDDDDDDDDDDDDDDDDDDD==')?.body.toString()).toBe(page('2021-05-20', 'DDDDDDDDDDDDDDDDDDDDDD==').body.toString());
    expect(t.stats).toEqual({ checked: 1, unfit: 0 });
  });

  it('are ruled out for good when two renders differ, as when a length is written into the page', () => {
    const t = new AsOfTemplates(1 << 20);
    const withLength = (date: string) =>
      page(date, 'AAAAAAAAAAAAAAAAAAAAAA==', `1:T${Buffer.byteLength(formatPartialDate(date)).toString(16)},${formatPartialDate(date)}`);
    t.learn('f', '2021-05-02', withLength('2021-05-02'));
    t.learn('f', '2021-05-12', withLength('2021-05-12'));
    t.learn('f', '2021-05-13', withLength('2021-05-13'));
    t.learn('f', '2021-05-14', withLength('2021-05-14'));
    expect(t.fill('f', '2021-05-20', () => 'DDDDDDDDDDDDDDDDDDDDDD==')).toBeNull();
    expect(t.stats).toEqual({ checked: 0, unfit: 1 });
  });
});
