/**
 * The production server's static files (server/static/): a real build folder in a temporary directory, compressed by
 * the real build step, served by the real handler on a real HTTP server whose fallback stands in for Next.js. The
 * browser test tests/e2e/static-files.spec.ts covers the real build.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATIC_SECURITY_HEADERS } from '@/lib/http/security-headers';
import { precompressBuild } from '@/server/static/precompress';
import { IMMUTABLE, REVALIDATE, StaticFiles } from '@/server/static/static-files';

const CHUNK = `self.__chunk=${JSON.stringify('a chunk of the app '.repeat(200))};\n`;
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>icon</title>${'<rect width="4" height="4"/>'.repeat(20)}</svg>`;
const TINY = 'x=1;';
const WORLD = `<svg xmlns="http://www.w3.org/2000/svg">${'<path id="c1" d="M0 0l1 1z"/>'.repeat(50)}</svg>`;

let app: string;
let server: Server;
let port: number;
let fallthroughs: string[] = [];

function put(path: string, body: string | Buffer): void {
  mkdirSync(dirname(join(app, path)), { recursive: true });
  writeFileSync(join(app, path), body);
}

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // The raw path as written (a URL object would resolve the dot segments before sending).
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  app = mkdtempSync(join(tmpdir(), 'static-files-'));
  put('.next/BUILD_ID', 'build-1\n');
  put('.next/static/chunks/app.js', CHUNK);
  put('.next/static/chunks/tiny.js', TINY);
  put('.next/static/media/icon.h4sh.svg', ICON);
  put('.next/static/media/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array(400).fill(7)]));
  put('.next/server/app/icon.svg.body', ICON);
  put('public/assets/world-abc.svg', WORLD);
  put('package.json', '{"secret":true}');
  precompressBuild(app, '.next');
  const { files } = StaticFiles.load(app, '.next');
  // Everything is in memory: the files on disk may go (a traversal could only ever reach the disk through Next.js).
  rmSync(join(app, '.next', 'static'), { recursive: true });
  server = createServer((req, res) => {
    if (files!.handle(req, res)) return;
    fallthroughs.push(`${req.method} ${req.url}`);
    res.writeHead(404, { 'x-fallthrough': '1' });
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(app, { recursive: true, force: true });
});

describe('encodings', () => {
  it('sends the brotli, gzip or plain bytes of the build, whichever the client prefers, with the same content', async () => {
    const br = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(CHUNK);
    const gz = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(CHUNK);
    for (const accept of [undefined, 'br;q=0, gzip;q=0', 'identity']) {
      const plain = await get('/_next/static/chunks/app.js', accept ? { 'accept-encoding': accept } : {});
      expect(plain.headers['content-encoding'], accept).toBeUndefined();
      expect(plain.body.toString()).toBe(CHUNK);
      expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(CHUNK));
    }
    expect(br.body.length).toBeLessThan(gz.body.length);
    expect(br.headers.vary).toBe('Accept-Encoding');
  });

  it('sends tiny files and images as they are', async () => {
    const tiny = await get('/_next/static/chunks/tiny.js', { 'accept-encoding': 'br, gzip' });
    expect([tiny.headers['content-encoding'], tiny.body.toString()]).toEqual([undefined, TINY]);
    const png = await get('/_next/static/media/logo.png', { 'accept-encoding': 'br, gzip' });
    expect([png.headers['content-encoding'], png.headers['content-type']]).toEqual([undefined, 'image/png']);
  });
});

describe('headers', () => {
  it('caches hashed files for a year, with the security headers of every response', async () => {
    for (const path of ['/_next/static/chunks/app.js', '/assets/world-abc.svg', '/icon.svg?icon.h4sh.svg']) {
      const r = await get(path, { 'accept-encoding': 'br' });
      expect(r.status, path).toBe(200);
      expect(r.headers['cache-control'], path).toBe(IMMUTABLE);
      expect(r.headers['content-security-policy'], path).toMatch(
        /^default-src 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic';.*frame-ancestors 'none'/,
      );
      for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) expect(r.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
      expect(r.headers.etag, path).toMatch(/^"[0-9a-f]+-br"$/);
    }
    expect((await get('/assets/world-abc.svg')).headers['content-type']).toBe('image/svg+xml');
    expect((await get('/_next/static/chunks/app.js')).headers['content-type']).toBe('application/javascript; charset=UTF-8');
  });

  it('revalidates the icon under any other address (its name carries no hash)', async () => {
    for (const path of ['/icon.svg', '/icon.svg?icon.0ld.svg']) {
      const r = await get(path);
      expect(r.headers['cache-control'], path).toBe(REVALIDATE);
      expect(r.body.toString()).toBe(ICON);
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br' }, 'HEAD');
    const full = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.headers.etag).toBe(full.headers.etag);
  });

  it('answers 304 to an ETag of the same content in any encoding, and 200 to another', async () => {
    const { headers } = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip' });
    const etag = headers.etag as string;
    for (const tag of [etag, `W/${etag}`, etag.replace('-gz', '-br'), etag.replace('-gz', ''), `"other", ${etag}`, '*']) {
      const r = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br', 'if-none-match': tag });
      expect(r.status, tag).toBe(304);
      expect(r.body.length).toBe(0);
      expect(r.headers['cache-control']).toBe(IMMUTABLE);
    }
    expect((await get('/_next/static/chunks/app.js', { 'if-none-match': '"other"' })).status).toBe(200);
  });
});

describe('ranges', () => {
  const size = Buffer.byteLength(CHUNK);
  it('sends one range of the plain bytes', async () => {
    for (const [range, start, end] of [
      ['bytes=0-9', 0, 9],
      ['bytes=10-', 10, size - 1],
      ['bytes=-5', size - 5, size - 1],
      [`bytes=5-${size + 100}`, 5, size - 1],
    ] as const) {
      const r = await get('/_next/static/chunks/app.js', { range, 'accept-encoding': 'br' });
      expect(r.status, range).toBe(206);
      expect(r.headers['content-encoding'], range).toBeUndefined();
      expect(r.headers['content-range'], range).toBe(`bytes ${start}-${end}/${size}`);
      expect(r.body.toString(), range).toBe(CHUNK.slice(start, end + 1));
    }
  });

  it('refuses a range past the end with 416, and ignores several ranges, other units, junk and a stale If-Range', async () => {
    const past = await get('/_next/static/chunks/app.js', { range: `bytes=${size}-` });
    expect([past.status, past.headers['content-range']]).toEqual([416, `bytes */${size}`]);
    const ignored: Record<string, string>[] = [
      { range: 'bytes=0-1,5-6' },
      { range: 'items=0-1' },
      { range: 'bytes=9-2' },
      { range: 'bytes=x' },
      { range: 'bytes=0-9', 'if-range': '"stale"' },
    ];
    for (const headers of ignored) {
      const r = await get('/_next/static/chunks/app.js', headers);
      expect(r.status, JSON.stringify(headers)).toBe(200);
      expect(r.body.toString()).toBe(CHUNK);
    }
  });
});

describe('what it does not answer', () => {
  it('never reaches outside the listed files: traversal attempts, encoded or not, go to Next.js', async () => {
    fallthroughs = [];
    const attempts = [
      '/_next/static/../BUILD_ID',
      '/_next/static/%2e%2e/BUILD_ID',
      '/_next/static/chunks/..%2f..%2fBUILD_ID',
      '/_next/static/chunks/%2E%2E%2F%2E%2E%2F%2E%2E%2Fpackage.json',
      '/_next/static//chunks/app.js',
      '/_next/static/chunks/app.js/',
      '/_next/static/chunks/app.js%00.txt',
      '/assets/../package.json',
      '/assets/..%5c..%5cpackage.json',
      '/precompressed/manifest.json',
      '/_next/static/chunks/',
      '/_next/static/chunks/missing.js',
      '/package.json',
    ];
    for (const path of attempts) {
      const r = await get(path);
      expect([r.status, r.headers['x-fallthrough']], path).toEqual([404, '1']);
    }
    expect(fallthroughs).toHaveLength(attempts.length);
  });

  it('leaves other methods to Next.js', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS'])
      expect((await get('/_next/static/chunks/app.js', {}, method)).headers['x-fallthrough'], method).toBe('1');
  });

  it('does not load a manifest written for another build (Next.js serves the files instead)', () => {
    const id = join(app, '.next', 'BUILD_ID');
    const kept = readFileSync(id);
    writeFileSync(id, 'build-2\n');
    try {
      expect(StaticFiles.load(app, '.next')).toEqual({ files: null, reason: expect.stringContaining('another build') });
    } finally {
      writeFileSync(id, kept);
    }
    const manifest = join(app, '.next', 'precompressed', 'manifest.json');
    renameSync(manifest, `${manifest}.away`);
    try {
      expect(StaticFiles.load(app, '.next').files).toBeNull();
    } finally {
      renameSync(`${manifest}.away`, manifest);
    }
  });
});
