/**
 * Byte-level helpers of scripts/bench-http.ts: what a page weighs on the wire (fetch() would decompress it), the
 * chunk the static-file figures use, and the limit's pre-gzipped bodies.
 */
import { request } from 'node:http';
import { constants, gzipSync } from 'node:zlib';

/**
 * Bytes of the body as sent when a client accepts only this content encoding, and the encoding the server chose: a
 * page carrying its CSP nonce is served gzip or uncompressed only (server/cache/compress-entry.ts), so asking for
 * brotli alone may get the plain HTML, which is not a brotli size.
 */
export function encodedSize(url: string, encoding: 'gzip' | 'br'): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** "136.0 KB gzipped", or what was sent instead when the server does not serve that encoding. */
export function sizeText(size: { bytes: number; encoding: string }, asked: 'gzip' | 'br'): string {
  const name = asked === 'gzip' ? 'gzipped' : 'brotli';
  const kb = `${(size.bytes / 1024).toFixed(1)} KB`;
  return size.encoding === asked ? `${kb} ${name}` : `${name}: not served (asked for ${asked} alone, got ${size.encoding}, ${kb})`;
}

export const gzipBest = (body: Buffer) => gzipSync(body, { level: constants.Z_BEST_COMPRESSION });

/** The largest script the page loads from /_next/static: the file a first visit waits for longest. */
export async function largestChunk(base: string, html: string): Promise<{ path: string; body: Buffer }> {
  const paths = [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s?]+\.js/g)].map((m) => m[0]))];
  let best: { path: string; body: Buffer } | null = null;
  for (const path of paths) {
    const body = Buffer.from(await (await fetch(base + path)).arrayBuffer());
    if (!best || body.length > best.body.length) best = { path, body };
  }
  if (!best) throw new Error('the page loads no /_next/static script');
  return best;
}
