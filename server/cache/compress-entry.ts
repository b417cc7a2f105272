/**
 * The compressed forms of a stored page (server/cache/page-cache.ts), made off the main thread, once per encoding.
 * Brotli quality 5 is several times faster than the default 11 for nearly the same size on HTML. A page whose body
 * carries its nonce is only ever gzip (server/cache/nonce-template.ts: the one encoding where the nonce can be written
 * into compressed bytes per response).
 */
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, crc32, gzip } from 'node:zlib';
import type { Encoding } from './cache-policy';
import { gzipTemplate, type NonceTemplate } from './nonce-template';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The encodings a page can be sent in: none but gzip when its body holds nonce slots. */
export function offeredEncodings(identity: NonceTemplate): Exclude<Encoding, 'identity'>[] {
  return identity.slots.length > 0 ? ['gzip'] : ['br', 'gzip'];
}

/** `identity` compressed as `encoding`, or null when it cannot be (then the page goes out as it is). */
export async function compressBody(encoding: Exclude<Encoding, 'identity'>, identity: NonceTemplate, nonce: Buffer | null): Promise<NonceTemplate | null> {
  const body = identity.bytes;
  if (identity.slots.length > 0) {
    if (encoding !== 'gzip' || !nonce) return null;
    return gzipTemplate(body, identity.slots, nonce, crc32(body));
  }
  return { bytes: await compressOnce(encoding, body), slots: [] };
}

/** `body` compressed as `encoding`, plainly (no nonce slots). */
export function compressOnce(encoding: Exclude<Encoding, 'identity'>, body: Buffer): Promise<Buffer> {
  return encoding === 'br'
    ? brotliAsync(body, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 5,
          [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
          [zlib.BROTLI_PARAM_LGWIN]: brotliWindowBits(body.length),
        },
      })
    : gzipAsync(body, { level: 6 });
}

/**
 * The smallest brotli window that holds a body of `length` bytes (brotli keeps 16 bytes of its window for itself), never
 * more than the default.
 * Why: the default window (22 bits) makes every compression allocate and touch several megabytes, which for a 300 KB
 * page cost more than compressing it — at 16 concurrent misses the kernel's page zeroing alone doubled the CPU per
 * response (docs/benchmarks.md, "Issue 20, session 5"). A window as long as the body finds every match the default
 * would, so the bytes come out the same size.
 */
export function brotliWindowBits(length: number): number {
  return Math.min(zlib.BROTLI_DEFAULT_WINDOW, Math.max(zlib.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(length + 16))));
}
