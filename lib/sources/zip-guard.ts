/**
 * Opening a ZIP archive (a DOCX) without letting it expand without bound. Two gates, both before the DOCX reader
 * sees anything: the central directory is read without inflating a byte (entry count and declared sizes), then every
 * entry is inflated here, counting bytes as they come out and stopping at the first byte past the bound — declared
 * sizes can lie. The reader is then handed a re-packed archive of those verified entries, stored uncompressed, so it
 * never inflates anything itself.
 */
import { Unzip, UnzipInflate, unzipSync, zipSync, type Zippable } from 'fflate';

export type ZipBounds = { maxEntries: number; maxUnpackedBytes: number };
export type ZipEntryInfo = { name: string; declaredBytes: number; compression: number };

/** A bound was reached: too many entries, or more bytes (declared or actually inflated) than allowed. */
export class ZipBoundExceeded extends Error {
  constructor(
    readonly bound: 'entries' | 'declared_bytes' | 'unpacked_bytes',
    readonly amount: number,
  ) {
    super(`ZIP bound exceeded: ${bound} ${amount}`);
    this.name = 'ZipBoundExceeded';
  }
}

/** The ZIP's central directory (names, declared sizes), read without inflating; null when it is not a readable ZIP. */
export function listZipEntries(bytes: Uint8Array, bounds: ZipBounds): ZipEntryInfo[] | null {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, declaredBytes: f.originalSize, compression: f.compression });
        if (entries.length > bounds.maxEntries) throw new ZipBoundExceeded('entries', entries.length);
        return false; // never inflate here
      },
    });
  } catch (e) {
    if (e instanceof ZipBoundExceeded) throw e;
    return null;
  }
  const declared = entries.reduce((sum, e) => sum + e.declaredBytes, 0);
  if (declared > bounds.maxUnpackedBytes) throw new ZipBoundExceeded('declared_bytes', declared);
  return entries;
}

const CHUNK = 16 * 1024; // compressed bytes per step: at most ~16 MB of output before the next count

/**
 * Inflates every file entry, refusing (ZipBoundExceeded) as soon as the entries or bytes exceed the bounds, and
 * returns them re-packed as a ZIP whose entries are stored uncompressed. Throws other errors on a damaged archive.
 */
export function repackBounded(bytes: Uint8Array, bounds: ZipBounds): Uint8Array {
  const files = new Map<string, Uint8Array[]>();
  let total = 0;
  const unzip = new Unzip((file) => {
    if (files.size + 1 > bounds.maxEntries) throw new ZipBoundExceeded('entries', files.size + 1);
    if (files.has(file.name)) throw new Error(`the archive holds "${file.name}" twice`);
    const chunks: Uint8Array[] = [];
    files.set(file.name, chunks);
    file.ondata = (err, chunk) => {
      if (err) throw err;
      total += chunk.length;
      if (total > bounds.maxUnpackedBytes) throw new ZipBoundExceeded('unpacked_bytes', total);
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length; at += CHUNK) unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);

  const stored: Zippable = {};
  for (const [name, chunks] of files) {
    if (name.endsWith('/')) continue; // a directory entry
    stored[name] = [concat(chunks), { level: 0 }];
  }
  return zipSync(stored);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
