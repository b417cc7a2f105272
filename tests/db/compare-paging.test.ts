/** Large scopes are paged: the matrix and the API show one page of actors, the total, and links keeping the URL. */
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/compare/route';
import { getCompareView, getCompareVocabulary } from '@/db/queries/compare';
import { parseCompareParams } from '@/lib/url/compare-params';
import { seedTestDb } from '../helpers/db';

beforeAll(() => seedTestDb());

async function params(sp: Record<string, string>) {
  return parseCompareParams(sp, await getCompareVocabulary(), '2026-11-22').params;
}

describe('paged compare view', () => {
  it('is the same rows as the whole view, one slice at a time, with evidence for the rows shown', async () => {
    const p = await params({ kind: 'state', sort: '-applicability' });
    const whole = await getCompareView(p);
    const pages = [1, 2, 3].map((page) => getCompareView(p, { page, pageSize: 20 }));
    const [first, second, third] = await Promise.all(pages);
    expect(first!.page).toMatchObject({ page: 1, total: whole.rows.length, pages: Math.ceil(whole.rows.length / 20) });
    expect([...first!.rows, ...second!.rows].map((r) => r.actor.slug)).toEqual(whole.rows.slice(0, 40).map((r) => r.actor.slug));
    expect(third!.rows[0]!.actor.slug).toBe(whole.rows[40]!.actor.slug);
    // The evidence of a shown cell is the evidence the whole view gives it.
    const denmark = (v: typeof whole) => v.rows.find((r) => r.actor.slug === 'denmark')?.cells.find((c) => c.dimension === 'applicability');
    const shownOn = [first!, second!, third!].find((v) => denmark(v));
    if (shownOn) expect(denmark(shownOn)!.evidence).toEqual(denmark(whole)!.evidence);
  });

  it('keeps the bloc row on top of every page and clamps a page past the end', async () => {
    const p = await params({ group: 'european-union' });
    const last = await getCompareView(p, { page: 99, pageSize: 10 });
    expect(last.rows[0]!.isBloc).toBe(true);
    expect(last.page.page).toBe(last.page.pages);
    expect(last.pageNotices[0]).toMatch(/only \d+ pages/);
  });
});

describe('paged API', () => {
  it('reports the page, the total and links that keep every other parameter', async () => {
    const res = await GET(new Request('http://x/api/v1/compare?format=json&kind=state&asOf=2021-12-31&page=1'));
    const body = (await res.json()) as { page: number; pages: number; totalActors: number; actors: string[]; links: { self: string; next: string | null } };
    expect(body.page).toBe(1);
    expect(body.pages).toBe(1);
    expect(body.totalActors).toBe(body.actors.length);
    expect(body.links.self).toBe('/api/v1/compare?asOf=2021-12-31&kind=state&format=json');
    expect(body.links.next).toBeNull();
    expect(res.headers.get('link')).toBeNull();
    // Compact JSON: no indentation.
    const text = await (await GET(new Request('http://x/api/v1/compare?format=json&actors=denmark'))).text();
    expect(text).not.toContain('\n');
  });

  it('answers a bad page with the first page and a notice, never an error', async () => {
    const res = await GET(new Request('http://x/api/v1/compare?format=json&page=banana'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { page: number; notices: string[] };
    expect(body.page).toBe(1);
    expect(body.notices).toContain('Unknown page "banana" ignored; showing the first page.');
  });
});
