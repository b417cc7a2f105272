/**
 * Static files of the real build (server/static/, compressed by `npm run build`) and the world map drawn from its
 * outline asset (lib/map/world-svg.ts): the details of encodings, ranges and traversal are in
 * tests/server/static-files.test.ts; here, that the build step and the server hook are wired in, and that the map
 * really draws from the asset, with and without JavaScript.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const IMMUTABLE = 'public, max-age=31536000, immutable';

async function scriptsOf(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  return [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s?]+\.js/g)].map((m) => m[0]))];
}

test('the build’s chunks come compressed at build time (brotli), cached for a year, with the security headers', async ({ request }) => {
  const scripts = await scriptsOf(request, '/method');
  expect(scripts.length).toBeGreaterThan(0);
  for (const path of scripts) {
    const res = await request.get(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.status(), path).toBe(200);
    const h = res.headers();
    // Next.js compresses with gzip per request; brotli here means the build step's file was served.
    expect(h['content-encoding'], path).toBe('br');
    expect(h['cache-control'], path).toBe(IMMUTABLE);
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(h['content-type'], path).toContain('javascript');
    expect((await res.body()).length, path).toBeGreaterThan(0);
  }
  const first = scripts[0]!;
  const etag = (await request.get(first)).headers().etag!;
  expect((await request.get(first, { headers: { 'if-none-match': etag } })).status()).toBe(304);
  const part = await request.get(first, { headers: { range: 'bytes=0-99' } });
  expect(part.status()).toBe(206);
  expect((await part.body()).length).toBe(100);
});

test('the icon the pages link is served from memory and cached under its hashed address', async ({ request }) => {
  const html = await (await request.get('/method')).text();
  const href = /<link rel="icon" href="([^"]+)"/.exec(html)![1]!;
  const res = await request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/svg+xml');
  expect(res.headers()['cache-control']).toBe(href.includes('?') ? IMMUTABLE : 'public, max-age=0, must-revalidate');
});

async function drawnStates(page: Page): Promise<number> {
  // A <use> whose shape came from the asset has a size; an unresolved one has none.
  return page.locator('svg[role="group"] a[data-state] use').evaluateAll((uses) => uses.filter((u) => (u as SVGGraphicsElement).getBBox().width > 0).length);
}

test.describe('the world map', () => {
  test('draws every outlined State from the outline asset, which the page does not carry', async ({ page, request }) => {
    const res = await page.goto('/map?asOf=2021-12-31');
    expect(res?.status()).toBe(200);
    const uses = page.locator('svg[role="group"] a[data-state] use');
    const hrefs = await uses.evaluateAll((us) => us.map((u) => u.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(100);
    const asset = hrefs[0]!.split('#')[0]!;
    expect(asset).toMatch(/^\/assets\/world-[0-9a-f]+\.svg$/);
    for (const href of hrefs) expect(href.startsWith(`${asset}#`), href).toBe(true);
    await expect.poll(() => drawnStates(page)).toBe(hrefs.length);
    // No outline in the HTML: no path data longer than a pattern tile's.
    expect(await (await request.get('/map?asOf=2021-12-31')).text()).not.toMatch(/ d="[^"]{120,}"/);
    const file = await request.get(asset, { headers: { 'accept-encoding': 'br' } });
    expect(file.status()).toBe(200);
    expect(file.headers()['content-encoding']).toBe('br');
    expect(file.headers()['cache-control']).toBe(IMMUTABLE);
    expect(file.headers()['content-type']).toBe('image/svg+xml');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('still draws the map', async ({ page }) => {
      await page.goto('/map?asOf=2021-12-31');
      const total = await page.locator('svg[role="group"] a[data-state] use').count();
      await expect.poll(() => drawnStates(page)).toBe(total);
    });
  });

  test('the small map on the home page draws from the same asset', async ({ page }) => {
    await page.goto('/');
    const uses = page.locator('.home-map svg use');
    expect(await uses.count()).toBeGreaterThan(100);
    await expect.poll(() => uses.evaluateAll((us) => us.filter((u) => (u as SVGGraphicsElement).getBBox().width > 0).length)).toBe(await uses.count());
  });
});
