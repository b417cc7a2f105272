/**
 * The brotli window of a stored page is as long as the page (server/cache/compress-entry.ts): no longer, because the
 * default window's megabytes cost more CPU than the compression itself, and no shorter, or a match reaching back
 * across the whole page would be lost and the bytes would grow.
 */
import { randomBytes } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';
import { expect, it } from 'vitest';
import { brotliWindowBits, compressOnce } from '@/server/cache/compress-entry';

/**
 * Text that compresses little by itself (random base64: to about three quarters), written twice: the second copy is one
 * match as far back as it is long, so the whole compresses to about three eighths.
 */
function repeatedHalf(total: number): Buffer {
  const half = Buffer.from(randomBytes(Math.ceil(total / 2)).toString('base64')).subarray(0, Math.floor(total / 2));
  return Buffer.concat([half, half]);
}

it('gives the smallest window that holds the body, between brotli’s minimum and its default', () => {
  expect(brotliWindowBits(0)).toBe(zlib.BROTLI_MIN_WINDOW_BITS);
  expect(brotliWindowBits(2 ** 16 - 16)).toBe(16);
  expect(brotliWindowBits(2 ** 16 - 15)).toBe(17);
  expect(brotliWindowBits(312_846)).toBe(19);
  expect(brotliWindowBits(50 * 2 ** 20)).toBe(zlib.BROTLI_DEFAULT_WINDOW);
});

it.each([3_000, 2 ** 16 - 16, 2 ** 16 - 15, 312_846, 700_000])(
  'compresses %i bytes as small as the default window would, and they decompress to the body',
  async (length) => {
    const body = repeatedHalf(length);
    const ours = await compressOnce('br', body);
    const byDefault = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
    expect(brotliDecompressSync(ours).equals(body)).toBe(true);
    // The second half found as one match, as with the default window.
    expect(ours.length).toBeLessThan(body.length * 0.45);
    expect(Math.abs(ours.length - byDefault.length)).toBeLessThanOrEqual(body.length * 0.005);
  },
);

it('loses the long match with a window shorter than the body (what the test above would catch)', () => {
  const body = repeatedHalf(312_846);
  const short = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_LGWIN]: brotliWindowBits(body.length) - 2 } });
  expect(short.length).toBeGreaterThan(body.length * 0.6);
});
