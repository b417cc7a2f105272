/**
 * Turns what a user types into a safe FTS5 query: every word must appear (prefix match), "quoted phrases" stay
 * phrases. FTS5 syntax characters in user input are never passed through, so no input can make the query fail.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  const re = /"([^"]+)"|(\S+)/g;
  for (const m of input.slice(0, 200).matchAll(re)) {
    const words = (m[1] ?? m[2] ?? '').match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) continue;
    if (m[1] !== undefined) terms.push(`"${words.join(' ')}"`);
    else for (const w of words) terms.push(`"${w}"*`);
  }
  return terms.length ? terms.join(' AND ') : null;
}

/** Splits a snippet marked with [[ ]] into plain and highlighted parts. */
export function splitHighlights(snippet: string): { text: string; hit: boolean }[] {
  return snippet
    .split(/(\[\[.*?\]\])/)
    .filter(Boolean)
    .map((part) => (part.startsWith('[[') && part.endsWith(']]') ? { text: part.slice(2, -2), hit: true } : { text: part, hit: false }));
}
