/**
 * Every response from the page cache carries a nonce of its own (server/cache/page-cache.ts): a stored page's nonce
 * is replaced in the CSP header and in the body, in every encoding, so no two responses share one and the render's
 * nonce never goes out again. A real HTTP server; the render function stands in for Next.js and puts the nonce of
 * the CSP it was given where Next.js does (script attributes and Flight data).
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from '@/lib/http/security-headers';
import { PageCache } from '@/server/cache/page-cache';

type Response = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer; text: string };

let server: Server;
let port: number;
const rendered: string[] = [];

function pageWith(nonce: string): string {
  const rows = Array.from({ length: 200 }, (_, i) => `<tr><td>Row ${i}</td><td>constructive knowledge</td></tr>`).join('');
  return `<!DOCTYPE html><html><head><script src="/_next/static/a.js" async nonce="${nonce}"></script></head><body><table>${rows}</table><script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script></body></html>`;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode!, headers: res.headers, body: raw, text: body.toString() });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const nonceOf = (r: Response) => /'nonce-([^']+)'/.exec(String(r.headers['content-security-policy']))?.[1];

beforeAll(async () => {
  const cache = new PageCache({ dataVersion: () => '1.test', buildId: 'test-build' });
  server = createServer((req, res) => {
    void cache.handle(req, res, (_req, response) => {
      // As proxy.ts does: a fresh nonce per render, in the CSP header and (by Next.js) in the page.
      const nonce = newNonce();
      rendered.push(nonce);
      response.setHeader('content-security-policy', contentSecurityPolicy(nonce));
      if (req.url!.startsWith('/api/')) {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ row: i, value: 'constructive' })) }));
      } else {
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(pageWith(nonce));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise((r) => server.close(r)));

it('two responses for one cached page carry different nonces, each the same in header and body, in every encoding', async () => {
  const responses = [
    await get('/compare'),
    await get('/compare', { 'accept-encoding': 'gzip, deflate, br' }),
    await get('/compare', { 'accept-encoding': 'gzip' }),
    await get('/compare'),
  ];
  expect(responses.map((r) => r.headers['x-cache'])).toEqual(['MISS', 'HIT', 'HIT', 'HIT']);
  expect(rendered).toHaveLength(1);
  const nonces = responses.map(nonceOf);
  expect(new Set(nonces).size).toBe(responses.length);
  expect(nonces).not.toContain(rendered[0]);
  for (const [i, r] of responses.entries()) {
    expect(r.text).toBe(pageWith(nonces[i]!));
    expect(r.text).not.toContain(rendered[0]);
  }
  // A browser asking for brotli gets gzip: the encoding whose bytes can take a new nonce without compressing again.
  expect(responses.map((r) => r.headers['content-encoding'])).toEqual([undefined, 'gzip', 'gzip', undefined]);
  // Only the reader's browser may keep such a page; a shared proxy would replay its nonce.
  expect(responses[1]!.headers['cache-control']).toBe('private, max-age=0, must-revalidate');
});

it('a 304 leaves the browser the CSP of the copy it has, and keeps the other security headers', async () => {
  const first = await get('/method', { 'accept-encoding': 'gzip' });
  const revalidated = await get('/method', { 'if-none-match': String(first.headers.etag) });
  expect(revalidated.status).toBe(304);
  expect(revalidated.headers['content-security-policy']).toBeUndefined();
  expect(revalidated.headers.etag).toBe(first.headers.etag);
});

it('a response without the nonce in its body gets a fresh one in its header and keeps brotli and shared caching', async () => {
  const [a, b] = [await get('/api/v1/compare', { 'accept-encoding': 'br' }), await get('/api/v1/compare', { 'accept-encoding': 'br' })];
  expect(b.headers['x-cache']).toBe('HIT');
  expect(nonceOf(a)).not.toBe(nonceOf(b));
  expect(b.headers['content-encoding']).toBe('br');
  expect(b.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  const revalidated = await get('/api/v1/compare', { 'if-none-match': String(b.headers.etag) });
  expect([revalidated.status, typeof revalidated.headers['content-security-policy']]).toEqual([304, 'string']);
});

it('a HEAD is answered with the headers of a fresh response and no body', async () => {
  await get('/changes');
  const head = await new Promise<Response>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/changes', method: 'HEAD' }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.alloc(0), text: '' }));
    });
    req.on('error', reject);
    req.end();
  });
  expect([head.status, head.headers['x-cache']]).toEqual([200, 'HIT']);
  expect(nonceOf(head)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(pageWith(nonceOf(head)!)));
});
