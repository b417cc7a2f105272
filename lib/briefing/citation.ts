/** How the briefing cites a document: the same words in the HTML notes, the Markdown footnotes and Word's footnotes. */
import { formatPartialDate } from '@/lib/domain/dates';
import { CONTEXT_QUOTE_LABEL, type Confidence, type QuoteRole } from '@/lib/domain/vocabulary';

export type Citation = {
  title: string;
  date: string;
  locator: string | null;
  /** The official URL, or the archived copy when only that is known (then `archived` is true). */
  url: string | null;
  archived: boolean;
  confidence: Confidence | null;
  /** The role of the quote the locator points to; a context passage is labelled in every format. */
  quoteRole?: QuoteRole | null;
  /**
   * How a repeated citation is written (set by the model): in full the first time a document is cited, "Ibid." when
   * it repeats the single document of the note just before, else a short title. Absent means full.
   */
  form?: CitationForm;
};

export type CitationForm = 'full' | 'short' | 'ibid';

/** The title cut at its first colon or after eight words: enough to find the full note above. */
export function shortTitle(title: string): string {
  const head = title.split(/:\s/)[0]!;
  const words = head.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : head;
}

/** The same document (title, date, URL), whatever the locator. */
export function documentKey(c: Citation): string {
  return `${c.title}\u0000${c.date}\u0000${c.url ?? ''}`;
}

export const LOW_CONFIDENCE_FLAG = '[low confidence — verify before citing]';
export const NO_URL_TEXT = 'No official URL known.';

/** "Title (4 July 2023), para. 4." — a citation without its URL, for renderers that link the URL themselves. */
export function citationLabel(c: Citation): string {
  const locator = c.locator?.trim().replace(/[.\s]+$/, '');
  const low = c.confidence === 'low' ? ' [low confidence]' : '';
  const context = locator && c.quoteRole === 'context' ? ` [${CONTEXT_QUOTE_LABEL}]` : '';
  const where = `${locator ? `, ${locator}` : ''}.${context}${low}`;
  if (c.form === 'ibid') return `Ibid.${where}`;
  if (c.form === 'short') return `${shortTitle(c.title)} (${formatPartialDate(c.date)})${where}`;
  return `${c.title} (${formatPartialDate(c.date)})${where}`;
}

/** What stands before the URL: nothing for an official URL, "Archived copy:" for an archive. */
export function urlPrefix(c: Citation): string {
  return c.archived ? 'Archived copy: ' : '';
}

/** "Title (4 July 2023), para. 4. https://…" — the full text of one citation in a footnote. */
export function citationText(c: Citation): string {
  if (c.form === 'ibid' || c.form === 'short') return citationLabel(c);
  return `${citationLabel(c)} ${c.url ? `${urlPrefix(c)}${c.url}` : NO_URL_TEXT}`;
}
