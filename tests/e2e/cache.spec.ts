/**
 * The production server's page cache (scripts/serve.ts, server/cache/page-cache.ts) against the real server: cached
 * responses keep every security header (304 included) and revalidate by ETag; an import run by the CLI in another
 * process shows on the very next request. (A publish through the write layer is tested against the same cache in
 * tests/server/page-cache.test.ts and against the real view loaders in tests/server/memo-invalidation.test.ts: here it
 * would leave a test State in the database the other browser tests count.)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';

// The database the server under test reads (playwright.config.ts), written here by the import CLI in another process.
const databaseUrl = process.env.E2E_DATABASE_URL || 'data/e2e.db';

function importSeed(dir: string): void {
  execFileSync('npx', ['tsx', 'seed/index.ts', dir], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: 'pipe', timeout: 80_000 });
}

function expectSecurityHeaders(res: APIResponse, what: string): void {
  const h = res.headers();
  expect(h['content-security-policy'], what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
}

test('a public page is served from the cache with its security headers and ETag, and 304 keeps the headers', async ({ request }) => {
  const first = await request.get('/compare?actors=denmark,china');
  const second = await request.get('/compare?actors=denmark,china');
  expect(first.status()).toBe(200);
  expect(second.headers()['x-cache']).toBe('HIT');
  const html = await second.text();
  expect(html).toBe(await first.text());
  expectSecurityHeaders(second, 'hit');
  // The replayed CSP carries the nonce that the stored HTML's scripts carry (docs/architecture.md).
  const nonce = /'nonce-([^']+)'/.exec(second.headers()['content-security-policy']!)![1]!;
  expect(html).toContain(`nonce="${nonce}"`);
  expect(second.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  const etag = second.headers()['etag']!;
  expect(etag).toMatch(/^W\//);
  const revalidated = await request.get('/compare?actors=denmark,china', { headers: { 'if-none-match': etag } });
  expect(revalidated.status()).toBe(304);
  expectSecurityHeaders(revalidated, '304');
  // The API is cached and compressed the same way.
  const api = await request.get('/api/v1/compare?format=json&actors=denmark', { headers: { 'accept-encoding': 'gzip' } });
  expect(api.headers()['content-encoding']).toBe('gzip');
  expectSecurityHeaders(api, 'api');
  expect((await api.json()).actors).toEqual(['denmark']);
  // A reader with a cookie (a signed-in editor) always gets a fresh render.
  const withCookie = await request.get('/compare?actors=denmark,china', { headers: { cookie: 'any=1' } });
  expect(withCookie.headers()['x-cache']).toBeUndefined();
  expectSecurityHeaders(withCookie, 'bypass');
});

test('an import run by the CLI in another process shows on the very next request', async ({ page, request }) => {
  // Two full imports through the CLI (tsx start-up and a whole seed each) take a while on a busy machine.
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'cache-import-'));
  try {
    cpSync('seed', dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
    const file = join(dir, 'actors', 'denmark.json');
    const actor = JSON.parse(readFileSync(file, 'utf8')) as { name: string };
    actor.name = 'Kingdom of Denmark';
    writeFileSync(file, JSON.stringify(actor, null, 2));

    await page.goto('/compare?actors=denmark');
    await expect(page.locator('table tbody')).toContainText('Denmark');
    const before = await request.get('/compare?actors=denmark');
    expect(before.headers()['x-cache']).toBe('HIT');

    importSeed(dir);
    await page.reload();
    await expect(page.locator('table tbody')).toContainText('Kingdom of Denmark');
    const after = await request.get('/compare?actors=denmark', { headers: { 'if-none-match': before.headers()['etag']! } });
    expect(after.status()).toBe(200);
    expect(await after.text()).toContain('Kingdom of Denmark');
  } finally {
    // Put the project's seed back for the other browser tests; the next request shows it again.
    importSeed('seed');
    rmSync(dir, { recursive: true, force: true });
  }
  await page.reload();
  await expect(page.locator('table tbody')).not.toContainText('Kingdom of Denmark');
});
