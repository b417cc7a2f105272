/**
 * A page of stored text cut into segments for display, each with the marks that cover it: the quoted passage, search
 * words, cue phrases. Pure: the reading view renders segments as <mark> elements. Highlights help a person read;
 * they never set a value.
 */

export type MarkKind = 'quote' | 'search' | 'cue';
export type MarkRange = { start: number; end: number; kind: MarkKind };
export type Segment = { text: string; marks: MarkKind[]; start: number };

/** Splits `text` at every range boundary; ranges may overlap and may lie partly outside the text. */
export function segmentText(text: string, ranges: readonly MarkRange[]): Segment[] {
  const valid = ranges.map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) })).filter((r) => r.start < r.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    const marks = [...new Set(valid.filter((r) => r.start <= a && r.end >= b).map((r) => r.kind))].sort();
    const last = segments.at(-1);
    if (last && last.marks.join() === marks.join()) last.text += text.slice(a, b);
    else segments.push({ text: text.slice(a, b), marks, start: a });
  }
  return segments;
}

/**
 * Where the words of a search (as typed on /search: words match as prefixes, "quoted phrases" as phrases) occur in
 * `text`, ignoring case and accents the way the search index does.
 */
export function searchRanges(text: string, q: string): MarkRange[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // Folded one UTF-16 unit at a time, so offsets in the folded text are offsets in `text`.
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += (fold(text[i]!) || ' ')[0];
  const terms: RegExp[] = [];
  for (const m of q.slice(0, 200).matchAll(/"([^"]+)"|(\S+)/g)) {
    const words = (m[1] ?? m[2] ?? '').match(/[\p{L}\p{N}]+/gu)?.map(fold) ?? [];
    if (words.length === 0) continue;
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const body = m[1] !== undefined ? escaped.join('[^\\p{L}\\p{N}]+') : `${escaped[0]}[\\p{L}\\p{N}]*`;
    terms.push(new RegExp(`(?<![\\p{L}\\p{N}])${body}`, 'gu'));
    if (m[1] === undefined) for (const w of escaped.slice(1)) terms.push(new RegExp(`(?<![\\p{L}\\p{N}])${w}[\\p{L}\\p{N}]*`, 'gu'));
  }
  return terms.flatMap((re) => [...folded.matchAll(re)].map((h) => ({ start: h.index, end: h.index + h[0].length, kind: 'search' as const })));
}
