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
};

export const LOW_CONFIDENCE_FLAG = '[low confidence — verify before citing]';
export const NO_URL_TEXT = 'No official URL known.';

/** "Title (4 July 2023), para. 4." — a citation without its URL, for renderers that link the URL themselves. */
export function citationLabel(c: Citation): string {
  const locator = c.locator?.trim().replace(/[.\s]+$/, '');
  const context = locator && c.quoteRole === 'context' ? ` [${CONTEXT_QUOTE_LABEL}]` : '';
  return `${c.title} (${formatPartialDate(c.date)})${locator ? `, ${locator}` : ''}.${context}${c.confidence === 'low' ? ' [low confidence]' : ''}`;
}

/** What stands before the URL: nothing for an official URL, "Archived copy:" for an archive. */
export function urlPrefix(c: Citation): string {
  return c.archived ? 'Archived copy: ' : '';
}

/** "Title (4 July 2023), para. 4. https://…" — the full text of one citation in a footnote. */
export function citationText(c: Citation): string {
  return `${citationLabel(c)} ${c.url ? `${urlPrefix(c)}${c.url}` : NO_URL_TEXT}`;
}
