/**
 * A stored page whose CSP nonce is filled in per response (server/cache/page-cache.ts; docs/reliability.md, "A fresh
 * nonce on every cached page").
 *
 * A page rendered by Next.js carries its nonce in its scripts' `nonce` attributes and in the Flight data. The cache
 * stores the page as rendered and remembers where that nonce sits (the slots); every response gets a new nonce written
 * over those bytes, in the header and the body alike, so no two responses share one and the stored nonce never
 * leaves the server.
 *
 * Compressed pages keep that cheap: the gzip bytes are made once, with each slot as a stored (uncompressed) deflate
 * block whose bytes are overwritten per response, and the trailer's CRC-32 is patched arithmetically
 * (server/cache/crc32-zeros.ts). How the slots become stored blocks while the text around them still refers back
 * across them: the compressor is given a filler of 0xFF bytes in each slot — a byte that never occurs in UTF-8 text, so
 * nothing else can match it — between two sync flushes, and the output between those flushes (the filler, compressed)
 * is replaced by a stored block of the same length. The decompressor's window then holds the nonce where the
 * compressor's held the filler, and no back-reference from the text can land there. A filling is a copy of the bytes
 * and a few dozen writes; brotli has no such seam, so a page with slots is sent gzip (docs/reliability.md, the cost).
 */
import { constants as zlib, createDeflateRaw } from 'node:zlib';
import { patchCrc32 } from './crc32-zeros';

/** Bytes with the nonce at `slots`; `tails[i]` is how many bytes of the *uncompressed* body follow slot i. */
export type NonceTemplate = {
  bytes: Buffer;
  slots: number[];
  /** gzip only: the trailer's CRC-32 with the stored nonce, and where it sits. */
  crc?: { value: number; at: number; tails: number[] };
};

/** The nonce of a response's `Content-Security-Policy` (`'nonce-…'`), or null. */
export function nonceOfPolicy(policy: unknown): string | null {
  return /'nonce-([A-Za-z0-9+/_=-]+)'/.exec(String(policy ?? ''))?.[1] ?? null;
}

/** Every offset where `nonce` occurs in `body`. */
export function findSlots(body: Buffer, nonce: Buffer): number[] {
  const slots: number[] = [];
  for (let at = body.indexOf(nonce); at >= 0; at = body.indexOf(nonce, at + nonce.length)) slots.push(at);
  return slots;
}

/** The stored bytes with `nonce` (as long as the stored one: every nonce is 16 random bytes in base64) in every slot. */
export function fillTemplate(template: NonceTemplate, stored: Buffer, nonce: Buffer): Buffer {
  if (template.slots.length === 0) return template.bytes;
  if (nonce.length !== stored.length) throw new Error(`a nonce of ${nonce.length} bytes cannot replace one of ${stored.length}`);
  const bytes = Buffer.from(template.bytes);
  for (const slot of template.slots) nonce.copy(bytes, slot);
  if (template.crc) bytes.writeUInt32LE(patchCrc32(template.crc.value, stored, nonce, template.crc.tails), template.crc.at);
  return bytes;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
const SYNC_MARKER = Buffer.from([0, 0, 0xff, 0xff]);

function storedBlockHeader(length: number): Buffer {
  // BFINAL 0, BTYPE 00, padding to the byte (the stream is byte-aligned after a sync flush), LEN, NLEN.
  return Buffer.from([0, length & 0xff, length >> 8, ~length & 0xff, (~length >> 8) & 0xff]);
}

/**
 * Deflates `pieces` in one stream with a sync flush after each but the last, and returns each piece's output. Off the
 * main thread like every compression here; all writes are queued at once, and each flush's callback notes how much
 * output there is by then (a flowing zlib stream emits a write's output before completing it; the caller checks every
 * cut lands on a flush marker). The price is zlib's block per flush and the stream's bookkeeping per write, measured
 * in docs/reliability.md. (zlib's synchronous `_processChunk` would give each flush's output directly, but closes the
 * stream after one call.)
 */
function deflateInPieces(pieces: Buffer[], level: number): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflateRaw({ level });
    const chunks: Buffer[] = [];
    const cuts: number[] = [];
    let length = 0;
    deflate.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
    });
    deflate.once('error', reject);
    deflate.once('end', () => {
      const output = Buffer.concat(chunks);
      resolve([0, ...cuts].map((from, i) => output.subarray(from, cuts[i] ?? output.length)));
    });
    for (const piece of pieces.slice(0, -1)) {
      deflate.write(piece);
      deflate.flush(zlib.Z_SYNC_FLUSH, () => cuts.push(length));
    }
    deflate.end(pieces.at(-1));
  });
}

/**
 * The gzip template of `body` with `stored` (the nonce it was rendered with) at `slots`, or null when the body holds a
 * 0xFF byte (not UTF-8 text: the filler could then be matched, so the caller sends such a page uncompressed).
 */
export async function gzipTemplate(body: Buffer, slots: readonly number[], stored: Buffer, crc: number, level = 6): Promise<NonceTemplate | null> {
  if (body.includes(0xff)) return null;
  const filler = Buffer.alloc(stored.length, 0xff);
  const pieces: Buffer[] = [];
  let from = 0;
  for (const slot of slots) {
    pieces.push(body.subarray(from, slot), filler);
    from = slot + stored.length;
  }
  pieces.push(body.subarray(from));
  const outputs = await deflateInPieces(pieces, level).catch(() => null);
  // Every piece but the last must end on a sync flush's empty stored block (an empty piece between two slots gives
  // none): otherwise the page goes out uncompressed rather than corrupt.
  if (!outputs || !outputs.slice(0, -1).every((o) => o.length >= 4 && o.subarray(-4).equals(SYNC_MARKER))) return null;
  const parts: Buffer[] = [GZIP_HEADER];
  const at: number[] = [];
  let length = GZIP_HEADER.length;
  outputs.forEach((output, i) => {
    // Odd pieces are the fillers: their compressed bytes give way to a stored block holding the nonce.
    const part = i % 2 === 1 ? Buffer.concat([storedBlockHeader(stored.length), stored]) : output;
    if (i % 2 === 1) at.push(length + 5);
    parts.push(part);
    length += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(body.length % 2 ** 32, 4);
  parts.push(trailer);
  const tails = slots.map((slot) => body.length - slot - stored.length);
  return { bytes: Buffer.concat(parts), slots: at, crc: { value: crc >>> 0, at: length, tails } };
}
