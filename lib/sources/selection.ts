/**
 * Quote by selection (the desk's reading view): the words a person selected on a page of the stored text, made
 * into a quote and a locator; and the sentence around a cue-phrase hit, for selecting with the keyboard. Pure: the
 * reading view passes offsets in the unit's text. The quote stays the actor's words: only whitespace is tidied and a
 * word broken across lines is joined again (the verbatim check ignores both).
 */
import type { SourceUnitKind } from './vocabulary';

type Unit = { seq: number; label: string | null; firstParagraph: number | null; text: string };

/** Selection longer than this is not a quote: quotes are short. */
export const MAX_SELECTED_CHARS = 2_000;

/** The selected words as a quote: whitespace runs become one space, "obliga-\ntion" becomes "obligation". */
export function quoteFromSelection(text: string, start: number, end: number): string {
  return text
    .slice(Math.max(0, start), Math.min(text.length, end))
    .replace(/(\p{L})[-\u00ad\u2010]\s*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where a quote starting at `start` stands: "p. 3" on a PDF page, "para. 14" (or the section) elsewhere. */
export function locatorFor(unit: Unit, unitKind: SourceUnitKind, start: number): string {
  if (unitKind === 'page') return unit.label && unit.label !== String(unit.seq) ? `p. ${unit.seq} (printed ${unit.label})` : `p. ${unit.seq}`;
  if (unit.firstParagraph !== null) {
    const before = unit.text.slice(0, Math.max(0, start)).split(/\n\s*\n/).length - 1;
    return `para. ${unit.firstParagraph + before}`;
  }
  return unit.label ? `section ${unit.seq} (${unit.label})` : `section ${unit.seq}`;
}

/** A short line with no closing punctuation, followed by a capital: a heading ("Part three"), not a wrapped line. */
const HEADING_LINE = 40;

/** Where sentences end (`at`) and the next begins (`next`): full stops and the like, blank lines, heading lines. */
function sentenceBreaks(text: string): { at: number; next: number }[] {
  const breaks: { at: number; next: number }[] = [];
  for (const m of text.matchAll(/[.!?;](?=\s)|\n\s*\n|\n/g)) {
    if (m[0] !== '\n') {
      const stop = m[0].trim() !== '';
      breaks.push({ at: m.index + (stop ? 1 : 0), next: m.index + m[0].length });
      continue;
    }
    const line = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index).trim();
    if (line.length <= HEADING_LINE && !/[,:\-\u2010\u2013\u2014(]$/.test(line) && /^[^\S\n]*\p{Lu}/u.test(text.slice(m.index + 1))) {
      breaks.push({ at: m.index, next: m.index + 1 });
    }
  }
  return breaks;
}

/** The sentence holding [start, end): from the previous break (full stop, blank line, heading line) to the next. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const breaks = sentenceBreaks(text);
  let from = 0;
  let to = text.length;
  for (const b of breaks) {
    if (b.next <= start) from = b.next;
    else if (b.at >= end) {
      to = b.at;
      break;
    }
  }
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to - from > MAX_SELECTED_CHARS) return { start, end };
  return { start: from, end: to };
}

/** A few words either side of a hit, for the list of hits. */
export function hitContext(text: string, start: number, end: number, chars = 50): { before: string; hit: string; after: string } {
  const a = Math.max(0, start - chars);
  const b = Math.min(text.length, end + chars);
  const tidy = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (a > 0 ? '…' : '') + tidy(text.slice(a, start)).trimStart(),
    hit: tidy(text.slice(start, end)),
    after: tidy(text.slice(end, b)).trimEnd() + (b < text.length ? '…' : ''),
  };
}
