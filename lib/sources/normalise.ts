/**
 * Text normalised for verbatim comparison, with a map back to the original characters (for highlighting):
 * whitespace runs become one space, typographic quotes and dashes become their ASCII forms, ligatures are spelled
 * out, soft hyphens and zero-width characters vanish, and — when asked — a word hyphenated at a line end is joined
 * again ("obliga-\ntion" → "obligation"). Letter case and everything else are kept: a quote must be the actor's words.
 * One pass over character codes with a lookup table: a 50-page source is normalised in milliseconds.
 */

export type Normalised = {
  text: string;
  /** origin[i] = index in the original of normalised character i; origin[text.length] = the original's length. */
  origin: number[];
};

const SPACE = -1;
const HYPHEN = 0x2d;

/** Character code → what it becomes: SPACE, '' (dropped) or a replacement; absent codes stay as they are. */
const MAP = new Map<number, string | typeof SPACE>([
  ...[0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000].map((c) => [c, SPACE] as const),
  ...Array.from({ length: 11 }, (_, i) => [0x2000 + i, SPACE] as const),
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x60, 0xb4].map((c) => [c, "'"] as const),
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb].map((c) => [c, '"'] as const),
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d].map((c) => [c, '-'] as const),
  ...[0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff].map((c) => [c, ''] as const),
  ...Array.from({ length: 7 }, (_, i) => [0xfb00 + i, String.fromCharCode(0xfb00 + i).normalize('NFKC')] as const),
]);

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const isSpace = (code: number) => MAP.get(code) === SPACE;
const isHyphen = (code: number) => code === HYPHEN || MAP.get(code) === '-';

/**
 * Normalises `s`. A hyphen at a line end between a letter and a lower-case letter is a word broken across lines
 * ('join': "obliga-\ntion" → "obligation") or a compound ('keep': "well-\nknown" → "well-known"); the text alone
 * cannot tell, so the quote check tries both. Without the option, the line break is an ordinary space.
 */
export function normaliseForMatch(s: string, { lineEndHyphen }: { lineEndHyphen?: 'join' | 'keep' } = {}): Normalised {
  // Stored text is NFC already (text extraction normalises it); quotes are NFC'd by normaliseQuote.
  const parts: string[] = [];
  const origin: number[] = [];
  let pendingSpace = -1;
  const push = (str: string, at: number) => {
    if (pendingSpace >= 0 && origin.length > 0) {
      parts.push(' ');
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
    for (let k = 0; k < str.length; k++) origin.push(at);
    parts.push(str);
  };
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const mapped = MAP.get(code);
    if (mapped === SPACE) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (lineEndHyphen && isHyphen(code) && i > 0 && LETTER.test(s[i - 1]!)) {
      // A hyphen, then whitespace holding a line break, then a lower-case letter: one word broken across lines.
      let j = i + 1;
      let sawBreak = false;
      while (j < s.length && isSpace(s.charCodeAt(j))) sawBreak ||= s.charCodeAt(j++) === 0x0a;
      if (sawBreak && j < s.length && LOWER.test(s[j]!)) {
        if (lineEndHyphen === 'keep') push('-', i);
        i = j - 1;
        continue;
      }
    }
    if (mapped === '') continue;
    push(mapped ?? s[i]!, i);
  }
  origin.push(s.length);
  return { text: parts.join(''), origin };
}

/** The normalised form of a quote typed or pasted by a person (no offsets needed). */
export function normaliseQuote(quote: string): string {
  return normaliseForMatch(quote.normalize('NFC')).text;
}
