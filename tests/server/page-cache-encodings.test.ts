/**
 * The page cache compresses an entry only in the encodings clients ask for, each once (server/cache/page-cache.ts):
 * a miss costs one compression, not two, and the LRU counts every encoding it keeps and stays within its byte limit
 * (PAGE_CACHE_MB). A real HTTP server; the render
 * function stands in for Next.js.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PageCache } from '@/server/cache/page-cache';

const PAGE = `<!DOCTYPE html><main>${Array.from({ length: 400 }, (_, i) => `<p>row ${i}: a cell of the matrix</p>`).join('')}</main>`;
const STORE_OVERHEAD = 512; // what PageCache adds per entry for its headers

let server: Server;
let port: number;
let cache: PageCache;
let renders = 0;

function get(path: string, acceptEncoding?: string): Promise<{ encoding: string | undefined; body: Buffer; cache: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks), cache: res.headers['x-cache'] as string | undefined }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  cache = new PageCache({ dataVersion: () => '1.test', buildId: 'test-build' });
  server = createServer((req, res) => {
    void cache.handle(req, res, (_req, response) => {
      renders++;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(PAGE);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise((r) => server.close(r)));

it('keeps only the encodings asked for, makes each once, and counts them all', async () => {
  const plain = Buffer.byteLength(PAGE);
  const miss = await get('/compare?asOf=2020-01-01', 'gzip, deflate, br');
  expect([miss.cache, miss.encoding]).toEqual(['MISS', 'br']);
  expect(brotliDecompressSync(miss.body).toString()).toBe(PAGE);
  // Only brotli was made for the miss.
  expect(cache.bytes).toBe(plain + miss.body.length + STORE_OVERHEAD);

  const gz = await get('/compare?asOf=2020-01-01', 'gzip');
  expect([gz.cache, gz.encoding]).toEqual(['HIT', 'gzip']);
  expect(gunzipSync(gz.body).toString()).toBe(PAGE);
  expect(cache.bytes).toBe(plain + miss.body.length + gz.body.length + STORE_OVERHEAD);

  // Asked again, nothing new is made; a client that takes no encoding gets the plain bytes.
  const again = await Promise.all([get('/compare?asOf=2020-01-01', 'br'), get('/compare?asOf=2020-01-01', 'gzip'), get('/compare?asOf=2020-01-01')]);
  expect(again.map((r) => r.encoding)).toEqual(['br', 'gzip', undefined]);
  expect(again[2]!.body.toString()).toBe(PAGE);
  expect(cache.bytes).toBe(plain + miss.body.length + gz.body.length + STORE_OVERHEAD);
  expect(renders).toBe(1);
});

it('compresses nothing for a client that takes no encoding', async () => {
  const before = cache.bytes;
  const plain = await get('/compare?asOf=2021-01-01');
  expect([plain.cache, plain.encoding, plain.body.toString()]).toEqual(['MISS', undefined, PAGE]);
  expect(cache.bytes - before).toBe(Buffer.byteLength(PAGE) + STORE_OVERHEAD);
});

it('never holds more than its byte limit: the least recently used pages go first', async () => {
  const limit = 64 * 1024;
  const small = new PageCache({ dataVersion: () => '1.test', buildId: 'test-build', maxBytes: limit });
  const bounded = createServer((req, res) => {
    void small.handle(req, res, (_req, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(PAGE);
    });
  });
  await new Promise<void>((r) => bounded.listen(0, '127.0.0.1', r));
  const boundedPort = (bounded.address() as AddressInfo).port;
  const fetchPage = (path: string) =>
    new Promise<string | undefined>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: boundedPort, path, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.headers['x-cache'] as string | undefined));
      });
      req.on('error', reject);
      req.end();
    });
  try {
    const perEntry = Buffer.byteLength(PAGE) + STORE_OVERHEAD; // plus its gzip bytes
    const pages = Math.ceil((3 * limit) / perEntry);
    for (let i = 0; i < pages; i++) {
      expect(await fetchPage(`/compare?asOf=2020-01-${i}`)).toBe('MISS');
      expect(small.bytes).toBeLessThanOrEqual(limit);
    }
    // The latest page is still there; the first was evicted and renders again.
    expect(await fetchPage(`/compare?asOf=2020-01-${pages - 1}`)).toBe('HIT');
    expect(await fetchPage('/compare?asOf=2020-01-0')).toBe('MISS');
  } finally {
    await new Promise((r) => bounded.close(r));
  }
});
