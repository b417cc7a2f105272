/**
 * Text normalised for verbatim comparison, with a map back to the original characters (for highlighting):
 * whitespace runs become one space, typographic quotes and dashes become their ASCII forms, ligatures are spelled
 * out, soft hyphens and zero-width characters vanish, and — when asked — a word hyphenated at a line end is joined
 * again ("obliga-\ntion" → "obligation"). Letter case and everything else are kept: a quote must be the actor's words.
 */

export type Normalised = {
  text: string;
  /** origin[i] = index in the original of normalised character i; origin[text.length] = the original's length. */
  origin: number[];
};

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]/;
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/;
const LIGATURE = /[\ufb00-\ufb06]/;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

function mapChar(ch: string): string {
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  if (INVISIBLE.test(ch)) return '';
  if (LIGATURE.test(ch)) return ch.normalize('NFKC');
  return ch;
}

/**
 * Normalises `s`. A hyphen at a line end between a letter and a lower-case letter is a word broken across lines
 * ('join': "obliga-\ntion" → "obligation") or a compound ('keep': "well-\nknown" → "well-known"); the text alone
 * cannot tell, so the quote check tries both. Without the option, the line break is an ordinary space.
 */
export function normaliseForMatch(s: string, { lineEndHyphen }: { lineEndHyphen?: 'join' | 'keep' } = {}): Normalised {
  // Stored text is NFC already (text extraction normalises it); quotes are NFC'd by normaliseQuote.
  const src = s;
  let text = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  const flushSpace = () => {
    if (pendingSpace >= 0 && text !== '') {
      text += ' ';
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (SPACE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (lineEndHyphen && (ch === '-' || DASHES.test(ch)) && LETTER.test(src[i - 1] ?? '')) {
      // A hyphen, then whitespace holding a line break, then a lower-case letter: one word broken across lines.
      let j = i + 1;
      let sawBreak = false;
      while (j < src.length && SPACE.test(src[j]!)) sawBreak ||= src[j++] === '\n';
      if (sawBreak && LOWER.test(src[j] ?? '')) {
        if (lineEndHyphen === 'keep') {
          flushSpace();
          text += '-';
          origin.push(i);
        }
        i = j - 1;
        continue;
      }
    }
    const mapped = mapChar(ch);
    if (mapped === '') continue;
    flushSpace();
    for (const m of mapped) {
      text += m;
      origin.push(i);
    }
  }
  origin.push(src.length);
  return { text, origin };
}

/** The normalised form of a quote typed or pasted by a person (no offsets needed). */
export function normaliseQuote(quote: string): string {
  return normaliseForMatch(quote.normalize('NFC')).text;
}
