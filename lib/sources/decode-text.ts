/**
 * Bytes → text for HTML and plain-text sources, strictly: invalid bytes are an error naming their position, never a
 * silent U+FFFD. UTF-8 by default; a byte-order mark selects UTF-8 or UTF-16; an HTML file may declare another
 * charset (e.g. windows-1252) in its first 1,024 bytes, as browsers allow.
 */

export type Decoded = { text: string; encoding: string };

export class TextDecodingError extends Error {
  constructor(
    readonly encoding: string,
    readonly position: number | null,
  ) {
    super(`not valid ${encoding}${position === null ? '' : ` (first bad byte at position ${position.toLocaleString('en')})`}`);
    this.name = 'TextDecodingError';
  }
}

/** Offset of the first byte that breaks UTF-8, or null when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const b1 = bytes[i + 1] ?? 0;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += len;
  }
  return null;
}

/** The charset an HTML file declares in a <meta> within its first 1,024 bytes, lower-cased, or null. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Array.from(bytes.subarray(0, 1024), (b) => String.fromCharCode(b)).join('');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Decodes `bytes` as text; `html` allows a declared charset. Throws TextDecodingError. */
export function decodeText(bytes: Uint8Array, { html = false }: { html?: boolean } = {}): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2));
  const declared = html ? declaredHtmlCharset(bytes) : null;
  if (declared && declared !== 'utf-8' && declared !== 'utf8') return strict(declared, bytes);
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): Decoded {
  const bad = firstInvalidUtf8(bytes);
  if (bad !== null) throw new TextDecodingError('UTF-8', bad);
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}

function strict(encoding: string, bytes: Uint8Array): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new TextDecodingError(`text in the declared charset "${encoding}" (unknown to us)`, null);
  }
  try {
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    throw new TextDecodingError(decoder.encoding, null);
  }
}
