import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const PAGES = [
  '/',
  '/method',
  '/actors/european-union',
  '/actors/belgium',
  '/compare?group=european-union&asOf=2021-12-31&cell=denmark:applicability',
  '/compare/evidence?actor=china&dim=knowledge',
  '/dimensions/remedies?experts=include',
  '/changes',
  '/search?q=sovereignty',
];

for (const path of PAGES) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expectNoAxeViolations(page);
  });
}

const JUNK =
  '?asOf=2021-13-45&actors=%00,<script>&dims=;drop&kind=x&region=%ff&group=y&value=::&minConfidence=z&sort=--&cell=:&from=q&to=w&page=-3&q="&title=' +
  'x'.repeat(500);
const ROUTES = [
  '/',
  '/actors',
  '/actors/denmark',
  '/actors/denmark/diff',
  '/compare',
  '/compare/evidence',
  '/dimensions/knowledge',
  '/timeline',
  '/changes',
  '/changes.atom',
  '/briefing',
  '/search',
  '/method',
  '/api/v1/compare',
  '/api/v1/dimensions/knowledge',
  '/api/v1/briefing',
];

test('bad URL parameters never produce a server error', async ({ request }) => {
  for (const route of ROUTES) {
    const res = await request.get(`${route}${JUNK}`);
    expect(res.status(), route).toBeLessThan(500);
  }
});
