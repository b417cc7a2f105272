/**
 * The page cache against a real SQLite file written by a second connection, as the import CLI or an editor's publish
 * would: a content change is visible on the very next request, a session-like write is not an invalidation, and
 * conditional requests, compression and the bypass rules behave as documented. The render function stands in for
 * Next.js (the browser test tests/e2e/cache.spec.ts covers the real server) and reads the database on every call.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Db } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { createProposal, reviewProposal } from '@/db/write/proposals';
import { seedDatabase } from '@/seed/load';
import { readContentVersion, watchContentVersion } from '@/server/cache/content-version';
import { PageCache } from '@/server/cache/page-cache';
import { actor, record, seedOf } from '../fixtures/seed';
import { editor, newStatePayload, reviewer } from '../write/helpers';

const seedNamed = (name: string) => seedOf([actor('denmark', [record('denmark--a', '2020-01-01', { applicability: 'binding_obligation' })], { name })]);

let dir: string;
let writer: Db;
let reader: Database.Database;
let watcher: Database.Database;
let server: Server;
let base: string;
let renders = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'page-cache-'));
  const path = join(dir, 'cache.db');
  writer = connect(path);
  migrateDatabase(writer);
  seedDatabase(writer, seedNamed('Denmark'));
  reader = new Database(path, { readonly: true });
  watcher = new Database(path, { readonly: true });
  const cache = new PageCache({ dataVersion: watchContentVersion(watcher), buildId: 'test-build' });
  server = createServer((req, res) => {
    void cache.handle(req, res, async (_req, response) => {
      renders++;
      const names = reader.prepare('SELECT name FROM actors ORDER BY name').pluck().all() as string[];
      // Rendering takes a moment, as a real page does, so concurrent requests overlap.
      await new Promise((r) => setTimeout(r, 20));
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.write('<!DOCTYPE html><main>');
      response.end(names.map((name) => `<p>${name}</p>`.repeat(200)).join('') + '</main>');
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
  return { res, text: await res.text() };
}

describe('page cache', () => {
  it('renders a public page once, then serves the stored bytes with an ETag and revalidation headers', async () => {
    const before = renders;
    const first = await get('/compare?asOf=2020-12-31');
    const second = await get('/compare?asOf=2020-12-31');
    expect(first.res.headers.get('x-cache')).toBe('MISS');
    expect(second.res.headers.get('x-cache')).toBe('HIT');
    expect(second.text).toBe(first.text);
    expect(first.text).toContain('<p>Denmark</p>');
    expect(renders - before).toBe(1);
    expect(second.res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(second.res.headers.get('etag')).toMatch(/^W\/"\d+-[\w-]{16}"$/);
    expect(second.res.headers.get('vary')).toContain('Accept-Encoding');
  });

  it('answers 304 to a matching If-None-Match and a full page to a stale one', async () => {
    const { res } = await get('/compare');
    const etag = res.headers.get('etag')!;
    const fresh = await fetch(base + '/compare', { headers: { 'if-none-match': etag } });
    expect(fresh.status).toBe(304);
    expect(await fresh.text()).toBe('');
    const stale = await fetch(base + '/compare', { headers: { 'if-none-match': 'W/"something-else"' } });
    expect(stale.status).toBe(200);
  });

  it('shows a change written by another connection on the very next request, under a new ETag', async () => {
    const { res: before } = await get('/timeline');
    const versionBefore = readContentVersion(reader);
    seedDatabase(writer, seedNamed('Kingdom of Denmark'));
    expect(readContentVersion(reader)).not.toBe(versionBefore);
    const after = await get('/timeline');
    expect(after.res.headers.get('x-cache')).toBe('MISS');
    expect(after.text).toContain('<p>Kingdom of Denmark</p>');
    expect(after.res.headers.get('etag')).not.toBe(before.headers.get('etag'));
    // The old ETag no longer validates: a proxy holding the old page gets the new one.
    const revalidated = await fetch(base + '/timeline', { headers: { 'if-none-match': before.headers.get('etag')! } });
    expect(revalidated.status).toBe(200);
    expect(await revalidated.text()).toContain('Kingdom of Denmark');
  });

  it('shows a proposal published through the write layer on the very next request', async () => {
    const before = await get('/compare?kind=state');
    expect(before.text).not.toContain('Ruritania');
    expect((await get('/compare?kind=state')).res.headers.get('x-cache')).toBe('HIT');
    const proposal = createProposal({ db: writer, by: editor, why: 'A new position paper.' }, newStatePayload());
    const outcome = reviewProposal({ db: writer, by: reviewer, why: 'Checked against the source.' }, { id: proposal.id, decision: 'approve' });
    expect(outcome.dataVersion).not.toBeNull();
    const after = await get('/compare?kind=state');
    expect(after.res.headers.get('x-cache')).toBe('MISS');
    expect(after.text).toContain('<p>Ruritania</p>');
  });

  it('keeps cached pages when a commit does not bump the content version (a sign-in session)', async () => {
    await get('/changes');
    writer.$client.exec('CREATE TABLE IF NOT EXISTS test_sessions (token TEXT)');
    writer.$client.prepare('INSERT INTO test_sessions VALUES (?)').run('abc');
    const after = await get('/changes');
    expect(after.res.headers.get('x-cache')).toBe('HIT');
  });

  it('renders once for concurrent misses of the same page', async () => {
    seedDatabase(writer, seedNamed('Denmark'));
    const before = renders;
    const all = await Promise.all(Array.from({ length: 8 }, () => get('/dimensions/knowledge')));
    expect(renders - before).toBe(1);
    expect(new Set(all.map((r) => r.text)).size).toBe(1);
    expect(all[0]!.text).toContain('<p>Denmark</p>');
  });

  it('stores compressed bytes and serves the encoding the client accepts', async () => {
    const plain = await get('/actors/denmark');
    const res = await fetch(base + '/actors/denmark', { headers: { 'accept-encoding': 'gzip' } });
    // fetch decodes transparently; read the raw header and compare the decoded text.
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toBe(plain.text);
    const raw = await new Promise<Buffer>((resolve, reject) => {
      import('node:http').then(({ get: httpGet }) =>
        httpGet(base + '/actors/denmark', { headers: { 'accept-encoding': 'gzip' } }, (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
        }).on('error', reject),
      );
    });
    expect(gunzipSync(raw).toString()).toBe(plain.text);
    expect(raw.length).toBeLessThan(Buffer.byteLength(plain.text) / 4);
  });

  it('never serves a request with credentials, a non-GET or a path that is not a public view from the cache', async () => {
    await get('/method');
    const before = renders;
    const withCookie = await get('/method', { cookie: 'session=1' });
    const editor = await get('/editor/queue');
    const post = await fetch(base + '/method', { method: 'POST' });
    expect(withCookie.res.headers.get('x-cache')).toBeNull();
    expect(editor.res.headers.get('x-cache')).toBeNull();
    expect(post.headers.get('x-cache')).toBeNull();
    expect(renders - before).toBe(3);
  });
});
