/**
 * Where the cue phrases of each dimension (lib/domain/cue-phrases.ts) occur in a source, page by page — a list for a
 * reader to jump through and highlights in the reading view. Reading aids only: nothing here sets a value.
 */
import { CUE_PHRASES } from '@/lib/domain/cue-phrases';
import { DIMENSIONS, type DimensionKey } from '@/lib/domain/codebook';

export type CueHit = { dimension: DimensionKey; phrase: string; seq: number; start: number; end: number; text: string };

const WORD_CHAR = '[\\p{L}\\p{N}]';
// Between words: spaces, a line break, or a hyphen broken over a line.
const GAP = '(?:[-\\u2010\\u2011]\\s*|\\s+)';

/** The regular expression of one cue phrase (exported for the tests). */
export function cuePattern(phrase: string): RegExp {
  const words = phrase.split(/\s+/).map((w) => {
    const prefix = w.endsWith('*');
    const body = (prefix ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-\\u2010\\u2011]?\\s*');
    return prefix ? `${body}${WORD_CHAR}*` : body;
  });
  return new RegExp(`(?<!${WORD_CHAR})${words.join(GAP)}(?!${WORD_CHAR})`, 'giu');
}

const PATTERNS: { dimension: DimensionKey; phrase: string; re: RegExp }[] = DIMENSIONS.flatMap((d) =>
  (CUE_PHRASES[d.key] as readonly string[]).map((phrase) => ({ dimension: d.key, phrase, re: cuePattern(phrase) })),
);

/** Every hit, in page order then position; within a dimension, a hit inside a longer one is dropped. */
export function cueHits(units: readonly { seq: number; text: string }[]): CueHit[] {
  const hits: CueHit[] = [];
  for (const u of units) {
    const onPage: CueHit[] = [];
    for (const p of PATTERNS) {
      for (const m of u.text.matchAll(p.re)) {
        onPage.push({ dimension: p.dimension, phrase: p.phrase, seq: u.seq, start: m.index, end: m.index + m[0].length, text: m[0] });
      }
    }
    onPage.sort((a, b) => a.start - b.start || b.end - a.end);
    const lastEnd = new Map<DimensionKey, number>();
    for (const h of onPage) {
      if ((lastEnd.get(h.dimension) ?? -1) >= h.end) continue;
      hits.push(h);
      lastEnd.set(h.dimension, Math.max(lastEnd.get(h.dimension) ?? -1, h.end));
    }
  }
  return hits;
}

/** Hits grouped per dimension (codebook order), each with its pages: the list a coder jumps through. */
export function cueHitsByDimension(hits: readonly CueHit[]): { dimension: DimensionKey; hits: CueHit[]; pages: number[] }[] {
  return DIMENSIONS.map((d) => {
    const mine = hits.filter((h) => h.dimension === d.key);
    return { dimension: d.key, hits: mine, pages: [...new Set(mine.map((h) => h.seq))] };
  });
}
