/**
 * Is a quote in the stored text of a source, word for word? Both sides are normalised (lib/sources/normalise.ts);
 * the quote may span a page break and may leave words out with an ellipsis ("…", "...", "[…]"), each part then
 * found in order. The answer carries the page (or section) and the offsets of every matched stretch in the stored
 * text, for highlighting. Only `found` counts as verbatim; `case_differs` is a hint for the editor.
 */
import { normaliseForMatch, normaliseQuote, type Normalised } from './normalise';

export type QuoteSpan = { seq: number; start: number; end: number };
export type QuoteMatch = { status: 'found' | 'case_differs'; spans: QuoteSpan[]; seq: number } | { status: 'not_found' | 'empty'; spans: []; seq: null };

type Unit = { seq: number; text: string };

/** A source prepared once for many quote checks; the second reading and the lower-case copy are made only if needed. */
export type MatchableText = { starts: number[]; seqs: number[]; joined: Normalised; kept: () => Normalised; lowerJoined: () => string | null };

/** Parts of the source's text longer than this apart do not make one quote with an ellipsis. */
const MAX_ELLIPSIS_GAP = 3_000;
const ELLIPSIS = /\s*(?:\[\s*(?:\u2026|\.\.\.)\s*\]|\u2026|\.\.\.)\s*/;
const UNIT_SEPARATOR = '\n\n';

const once = <T>(make: () => T): (() => T) => {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
};

export function prepareMatchable(units: readonly Unit[]): MatchableText {
  const starts: number[] = [];
  let at = 0;
  for (const u of units) {
    starts.push(at);
    at += u.text.length + UNIT_SEPARATOR.length;
  }
  const full = units.map((u) => u.text).join(UNIT_SEPARATOR);
  const joined = normaliseForMatch(full, { lineEndHyphen: 'join' });
  return {
    starts,
    seqs: units.map((u) => u.seq),
    joined,
    // "well-\nknown" is a hyphenated compound, not a broken word: the second reading keeps the hyphen.
    kept: once(() => normaliseForMatch(full, { lineEndHyphen: 'keep' })),
    lowerJoined: once(() => {
      const lower = joined.text.toLowerCase();
      return lower.length === joined.text.length ? lower : null;
    }),
  };
}

/** Finds the parts in order in `hay`; returns normalised [start, end) ranges or null. */
function findParts(hay: string, parts: readonly string[]): [number, number][] | null {
  const ranges: [number, number][] = [];
  let from = 0;
  for (const part of parts) {
    const at = hay.indexOf(part, from);
    if (at < 0 || (ranges.length > 0 && at - from > MAX_ELLIPSIS_GAP)) return null;
    ranges.push([at, at + part.length]);
    from = at + part.length;
  }
  return ranges;
}

/** Original-text ranges → per-unit spans (a range crossing a page break becomes two spans). */
function toSpans(m: MatchableText, norm: Normalised, ranges: readonly [number, number][]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const [s, e] of ranges) {
    const start = norm.origin[s]!;
    const end = norm.origin[e - 1]! + 1;
    m.starts.forEach((unitStart, i) => {
      const unitEnd = (m.starts[i + 1] ?? Infinity) - UNIT_SEPARATOR.length;
      const a = Math.max(start, unitStart);
      const b = Math.min(end, unitEnd);
      if (a < b) spans.push({ seq: m.seqs[i]!, start: a - unitStart, end: b - unitStart });
    });
  }
  return spans;
}

export function findQuote(m: MatchableText, quote: string): QuoteMatch {
  const parts = quote
    .split(ELLIPSIS)
    .map(normaliseQuote)
    .filter((p) => p !== '');
  if (parts.length === 0) return { status: 'empty', spans: [], seq: null };
  for (const norm of [() => m.joined, m.kept]) {
    const ranges = findParts(norm().text, parts);
    if (ranges) return found('found', toSpans(m, norm(), ranges));
  }
  const lower = m.lowerJoined();
  if (lower !== null) {
    const ranges = findParts(
      lower,
      parts.map((p) => p.toLowerCase()),
    );
    if (ranges) return found('case_differs', toSpans(m, m.joined, ranges));
  }
  return { status: 'not_found', spans: [], seq: null };
}

function found(status: 'found' | 'case_differs', spans: QuoteSpan[]): QuoteMatch {
  return { status, spans, seq: spans[0]!.seq };
}

/** One-off check of a quote against a source's units. */
export const checkQuote = (units: readonly Unit[], quote: string): QuoteMatch => findQuote(prepareMatchable(units), quote);
