/**
 * Reading a JSON file of records strictly, with errors a person can act on: invalid UTF-8 is named by its byte
 * position (and line, column, and the record field it falls in), and a key given twice in one object — which
 * JSON.parse silently resolves to the last one — is an error naming the path and both lines. Pure (bytes in).
 *
 * A small scanner rather than a library: the JSON parsers on npm that report duplicate keys or locations
 * (jsonc-parser, @humanwhocodes/momoa) would be a new dependency for two checks; this runs only after JSON.parse has
 * accepted the text, so it need not handle malformed input.
 */
export type JsonPath = (string | number)[];

/** What is wrong, where (null: the whole file), and the file's value as far as it could be read (to name its record). */
export type JsonProblem = { path: JsonPath | null; message: string; value?: unknown };
export type JsonSourceResult = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

const REPLACEMENT = '\uFFFD';

/** Line and column (1-based) of character `offset` in `text`. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The first invalid UTF-8 sequence: its byte offset and the character offset it has in the leniently decoded text. */
export function firstInvalidUtf8(bytes: Uint8Array): { byte: number; char: number; text: string } | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // the decoder drops it
    const encoder = new TextEncoder();
    // Everything before the first bad sequence decodes and re-encodes to the same bytes; a genuine U+FFFD in the file
    // (bytes EF BF BD) is skipped.
    for (let char = text.indexOf(REPLACEMENT); char >= 0; char = text.indexOf(REPLACEMENT, char + 1)) {
      const byte = bom + encoder.encode(text.slice(0, char)).length;
      if (!(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) return { byte, char, text };
    }
    return { byte: bytes.length, char: text.length, text };
  }
}

type Scan = { duplicates: { path: JsonPath; key: string; first: number; again: number }[]; pathAt: (offset: number) => JsonPath };

/** Walks well-formed JSON text: the keys given twice in one object, and the innermost value at a character offset. */
export function scanJson(text: string): Scan {
  let i = 0;
  const duplicates: Scan['duplicates'] = [];
  const spans: { start: number; end: number; path: JsonPath }[] = [];
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const str = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: JsonPath): void => {
    ws();
    const start = i;
    const open = text[i];
    if (open === '{' || open === '[') {
      i++;
      const seen = new Map<string, number>();
      for (let n = 0; ; n++) {
        ws();
        if (text[i] === '}' || text[i] === ']') break;
        if (open === '{') {
          const at = i;
          const key = str();
          if (seen.has(key)) duplicates.push({ path, key, first: seen.get(key)!, again: at });
          seen.set(key, at);
          ws();
          i++; // the colon
          value([...path, key]);
        } else value([...path, n]);
        ws();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (open === '"') str();
    else while (i < text.length && !',]} \t\n\r'.includes(text[i]!)) i++;
    spans.push({ start, end: i, path });
  };
  value([]);
  const pathAt = (offset: number) =>
    spans.filter((s) => s.start <= offset && offset < s.end).reduce<JsonPath>((best, s) => (s.path.length >= best.length ? s.path : best), []);
  return { duplicates, pathAt };
}

/** Decodes and parses a JSON file's bytes, or says what is wrong and where. */
export function parseJsonSource(bytes: Uint8Array): JsonSourceResult {
  const bad = firstInvalidUtf8(bytes);
  if (bad) {
    const { line, column } = lineColumn(bad.text, bad.char);
    let path: JsonPath | null = null;
    let value: unknown;
    try {
      value = JSON.parse(bad.text);
      path = scanJson(bad.text).pathAt(bad.char);
    } catch {
      // Not JSON even when decoded leniently: the byte position is all there is to give.
    }
    return {
      ok: false,
      problem: { path, value, message: `is not valid UTF-8 text at byte ${bad.byte} (line ${line}, column ${column}); save the file as UTF-8` },
    };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: { path: null, message: `is not valid JSON: ${(e as Error).message}` } };
  }
  const [dup] = scanJson(text).duplicates;
  if (dup) {
    const first = lineColumn(text, dup.first).line;
    const again = lineColumn(text, dup.again).line;
    return {
      ok: false,
      problem: {
        path: [...dup.path, dup.key],
        value,
        message: `is given twice in one object (lines ${first} and ${again}); JSON keeps only the last, so remove one`,
      },
    };
  }
  return { ok: true, value };
}
