/**
 * As-of templates behind a real HTTP server and a real SQLite file (server/cache/page-cache.ts,
 * server/cache/as-of-template.ts): a new date of a class two renders have checked is filled, not rendered, and is
 * the page a render would give; dates of other classes, boundaries, unfit pages, other paths and a publish all render.
 * The render function stands in for Next.js and reads the database on every call, writing the date where pages do:
 * in prose, in links and beside its nonce; tests/e2e/cache.spec.ts checks the real pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connect, type Db } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { formatPartialDate } from '@/lib/domain/dates';
import { contentSecurityPolicy, newNonce } from '@/lib/http/security-headers';
import { seedDatabase } from '@/seed/load';
import { readAsOfDates } from '@/server/cache/as-of-dates';
import { watchContentVersion } from '@/server/cache/content-version';
import { PageCache } from '@/server/cache/page-cache';
import { actor, record, seedOf } from '../fixtures/seed';

const documents = [record('denmark--a', '2020-01-01', { applicability: 'binding_obligation' }), record('denmark--b', '2022-06-30', {})];
let dir: string;
let writer: Db;
let reader: Database.Database;
let watcher: Database.Database;
let cache: PageCache;
let server: Server;
let base: string;
let renders = 0;

function render(url: URL, nonce: string): string {
  const asOf = url.searchParams.get('asOf') ?? '2026-01-01';
  const titles = reader.prepare('SELECT title FROM documents WHERE effective_date <= ? ORDER BY effective_date').pluck().all(asOf) as string[];
  const prose = formatPartialDate(asOf);
  const rows = titles.map((t) => `<li><a href="${url.pathname}?asOf=${asOf}&amp;doc=${encodeURIComponent(t)}">${t}</a></li>`).join('');
  // /map writes a byte count of a text holding the prose date, as a Flight text row does: no template can hold it.
  const counted = url.pathname === '/map' ? `<script nonce="${nonce}">1:T${Buffer.byteLength(prose).toString(16)},${prose}</script>` : '';
  return `<!DOCTYPE html><h1>Positions as of ${prose}</h1><p>${titles.length} documents</p><ul>${rows}</ul>${'<p>Padding, so that the page is compressed.</p>'.repeat(40)}<script nonce="${nonce}">self.__next_f.push([1,"${asOf}"])</script>${counted}`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'page-cache-as-of-'));
  const path = join(dir, 'cache.db');
  writer = connect(path);
  migrateDatabase(writer);
  seedDatabase(writer, seedOf([actor('denmark', documents)]));
  reader = new Database(path, { readonly: true });
  watcher = new Database(path, { readonly: true });
  cache = new PageCache({ dataVersion: watchContentVersion(watcher), buildId: 'test-build', asOfDates: () => readAsOfDates(watcher) });
  server = createServer((req, res) => {
    void cache.handle(req, res, (_req, response) => {
      renders++;
      const nonce = newNonce();
      response.setHeader('content-security-policy', contentSecurityPolicy(nonce));
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(render(new URL(req.url!, 'http://x'), nonce));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  for (const c of [reader, watcher, writer.$client]) c.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers });
  const text = await res.text();
  const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')![1]!;
  return { cache: res.headers.get('x-cache'), encoding: res.headers.get('content-encoding'), text, nonce, shape: text.split(nonce).join('N') };
}

/** What a render gives for `path` (a cookie makes the cache step aside), nonce aside. */
const rendered = async (path: string) => (await get(path, { cookie: 'render=1' })).shape;

it('fills a new date of a class once two renders of different prose lengths have checked it, as a render would', async () => {
  const before = renders;
  const first = [await get('/compare?asOf=2021-05-02'), await get('/compare?asOf=2021-05-03'), await get('/compare?asOf=2021-05-12')];
  expect(first.map((r) => r.cache)).toEqual(['MISS', 'MISS', 'MISS']);
  const filled = await get('/compare?asOf=2021-05-20', { 'accept-encoding': 'br' });
  expect([filled.cache, filled.encoding]).toEqual(['FILL', 'br']);
  expect(renders - before).toBe(3);
  expect(filled.shape).toBe(await rendered('/compare?asOf=2021-05-20'));
  expect(filled.text).toContain('as of 20 May 2021</h1><p>1 documents');
  // Its nonce is its own, in the header and on every script, and a hit of the filled page gets another.
  expect(filled.text.split(`nonce="${filled.nonce}"`)).toHaveLength(2);
  for (const r of first) expect(filled.text).not.toContain(r.nonce);
  const hit = await get('/compare?asOf=2021-05-20', { 'accept-encoding': 'gzip' });
  expect([hit.cache, hit.encoding, hit.shape]).toEqual(['HIT', 'gzip', filled.shape]);
  expect(hit.nonce).not.toBe(filled.nonce);
  expect(cache.stats.fills).toBe(1);
});

it('renders a date of another class, a boundary date, another path and a page that writes a length', async () => {
  await get('/compare?asOf=2021-05-02');
  const before = renders;
  const later = await get('/compare?asOf=2023-03-01');
  const boundary = await get('/compare?asOf=2022-06-30');
  expect([later.cache, boundary.cache]).toEqual(['MISS', 'MISS']);
  expect(later.text).toContain('<p>2 documents');
  expect(boundary.text).toContain('<p>2 documents');
  for (const path of ['/timeline', '/map'])
    for (const date of ['2021-05-02', '2021-05-12', '2021-05-13', '2021-05-20']) expect((await get(`${path}?asOf=${date}`)).cache, path).toBe('MISS');
  expect(renders - before).toBe(10);
});

it('renders again after a publish: a template of the old content is never filled', async () => {
  seedDatabase(writer, seedOf([actor('denmark', [...documents, record('denmark--c', '2021-03-15', {})])]));
  const after = await get('/compare?asOf=2021-05-25');
  expect(after.cache).toBe('MISS');
  expect(after.text).toContain('<p>2 documents');
  expect(after.shape).toBe(await rendered('/compare?asOf=2021-05-25'));
});
