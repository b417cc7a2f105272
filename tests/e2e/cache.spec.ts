/**
 * The production server's page cache (scripts/serve.ts, server/cache/page-cache.ts) against the real server: cached
 * responses keep every security header with a nonce of their own, the page still runs under it in Chromium (also from
 * the browser's own copy after a 304), and revalidate by ETag; an import run by the CLI in another
 * process shows on the very next request. (A publish through the write layer is tested against the same cache in
 * tests/server/page-cache.test.ts and against the real view loaders in tests/server/memo-invalidation.test.ts: here it
 * would leave a test State in the database the other browser tests count.)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIResponse, type Page } from '@playwright/test';

// The database the server under test reads (playwright.config.ts), written here by the import CLI in another process.
const databaseUrl = process.env.E2E_DATABASE_URL || 'data/e2e.db';

function importSeed(dir: string): void {
  execFileSync('npx', ['tsx', 'seed/index.ts', dir], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: 'pipe', timeout: 80_000 });
}

function expectSecurityHeaders(res: APIResponse, what: string, { csp = true } = {}): void {
  const h = res.headers();
  if (csp) expect(h['content-security-policy'], what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
}

const nonceOf = (res: { headers(): Record<string, string> }) => /'nonce-([^']+)'/.exec(res.headers()['content-security-policy']!)![1]!;

test('a public page is served from the cache with its security headers, a nonce of its own and an ETag', async ({ request }) => {
  const first = await request.get('/compare?actors=denmark,china');
  const second = await request.get('/compare?actors=denmark,china');
  const third = await request.get('/compare?actors=denmark,china');
  expect(first.status()).toBe(200);
  expect([second.headers()['x-cache'], third.headers()['x-cache']]).toEqual(['HIT', 'HIT']);
  expectSecurityHeaders(second, 'hit');
  // Each response has its own nonce, in its CSP and on its scripts; the page is otherwise the stored one.
  const nonces = [first, second, third].map(nonceOf);
  expect(new Set(nonces).size).toBe(3);
  const html = await second.text();
  expect(html).toContain(`nonce="${nonces[1]}"`);
  expect(html).not.toContain(nonces[0]);
  expect(html.split(nonces[1]!).join('N')).toBe((await third.text()).split(nonces[2]!).join('N'));
  // A shared proxy must not keep it (it would hand one nonce to everyone); the reader's browser may.
  expect(second.headers()['cache-control']).toBe('private, max-age=0, must-revalidate');
  const etag = second.headers()['etag']!;
  expect(etag).toMatch(/^W\//);
  const revalidated = await request.get('/compare?actors=denmark,china', { headers: { 'if-none-match': etag } });
  expect(revalidated.status()).toBe(304);
  // No CSP on the 304: the browser keeps the one that came with its copy, whose scripts carry that copy's nonce.
  expectSecurityHeaders(revalidated, '304', { csp: false });
  expect(revalidated.headers()['content-security-policy']).toBeUndefined();
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

async function expectHydratedWithoutViolations(page: Page, violations: string[], what: string): Promise<void> {
  await page.waitForFunction(() => 'next' in window && '__next_f' in window);
  expect(violations, what).toEqual([]);
}

test('a page from the cache runs under its CSP in Chromium, from the server and from the copy the browser keeps', async ({ page, request }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|apply|load)/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective}`));
  });
  await request.get('/method');
  const hit = await page.goto('/method');
  expect(hit!.headers()['x-cache']).toBe('HIT');
  const served = nonceOf(hit!);
  await expectHydratedWithoutViolations(page, violations, 'hit');
  // The scripts the browser ran carry the header's nonce (the DOM hides nonce attributes; the property keeps them).
  const scriptNonces = await page.evaluate(() => [...document.scripts].map((s) => s.nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([served]));
  // Reloading revalidates (304): the browser runs its own copy (the same nonce on its scripts) with the CSP it came with.
  await page.reload();
  await expectHydratedWithoutViolations(page, violations, 'reload');
  expect(new Set(await page.evaluate(() => [...document.scripts].map((s) => s.nonce)))).toEqual(new Set([served]));
  // A client navigation fetches the next page's data from the cache too.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actors', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Actors' })).toBeVisible();
  expect(violations, 'navigation').toEqual([]);
});

test('a new as-of date of a class already rendered twice is filled: the page a render gives, running under its CSP', async ({ page, request }) => {
  // Dates between the seed's documents of 26 October and 31 December 2025: one as-of class (lib/domain/as-of-class.ts).
  // Two renders of dates whose prose forms differ in length ("3 November", "19 November") check the family's template.
  const shapes = async (path: string, headers: Record<string, string> = {}) => {
    const res = await request.get(path, { headers });
    return { cache: res.headers()['x-cache'], shape: (await res.text()).split(nonceOf(res)).join('N') };
  };
  for (const path of ['/compare?asOf=DATE&dims=applicability,knowledge', '/api/v1/compare?format=json&asOf=DATE']) {
    const first = [await shapes(path.replace('DATE', '2025-11-03')), await shapes(path.replace('DATE', '2025-11-19'))];
    expect(
      first.map((r) => r.cache),
      path,
    ).toEqual(['MISS', 'MISS']);
    const filled = await shapes(path.replace('DATE', '2025-11-22'));
    expect(filled.cache, path).toBe('FILL');
    // A cookie makes the cache step aside: the same URL rendered by Next.js, nonce aside, byte for byte.
    expect(filled.shape, path).toBe((await shapes(path.replace('DATE', '2025-11-22'), { cookie: 'render=1' })).shape);
  }
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|apply|load)/i.test(m.text())) violations.push(m.text());
  });
  const filled = await page.goto('/compare?asOf=2025-11-24&dims=applicability,knowledge');
  expect(filled!.headers()['x-cache']).toBe('FILL');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare positions as of 24 November 2025' })).toBeVisible();
  await expectHydratedWithoutViolations(page, violations, 'filled');
  expect(new Set(await page.evaluate(() => [...document.scripts].map((s) => s.nonce)))).toEqual(new Set([nonceOf(filled!)]));
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
