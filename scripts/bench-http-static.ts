/**
 * Byte-level helpers of scripts/bench-http.ts: what a page weighs on the wire (fetch() would decompress it), the
 * chunk the static-file figures use, and the limit's pre-gzipped bodies.
 */
import { request } from 'node:http';
import { constants, gzipSync } from 'node:zlib';

/** Bytes of the body as sent with this content encoding (or identity when the server does not compress). */
export function encodedSize(url: string, encoding: 'gzip' | 'br'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
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
