/**
 * A search hit's excerpts, each labelled by whose words it is: "their words" (a quote from the actor's document) or
 * "our summary" (the tracker's own words). Pure: the query returns one snippet per column, marked with [[ ]] where a
 * word matched.
 */
export type SnippetSource = 'their_words' | 'our_summary';
export type LabelledSnippet = { source: SnippetSource; text: string };

export const SNIPPET_LABELS: Record<SnippetSource, string> = { their_words: 'Their words', our_summary: 'Our summary' };

const matched = (s: string | null): s is string => Boolean(s && s.includes('[['));

/**
 * The excerpts to show: each of the quote and the summary that matched, quote first; when only the title, venue or
 * actor matched, the start of our summary (unmarked) so the hit still says what the document is.
 */
export function labelSnippets(quote: string | null, summary: string | null): LabelledSnippet[] {
  const out: LabelledSnippet[] = [];
  if (matched(quote)) out.push({ source: 'their_words', text: quote });
  if (matched(summary)) out.push({ source: 'our_summary', text: summary });
  if (out.length === 0 && summary) out.push({ source: 'our_summary', text: summary });
  return out;
}
