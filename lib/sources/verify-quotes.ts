/**
 * Are a proposal's quotes in the stored source of its document, word for word? Checked at preview, after submitting
 * and at review (and again by the write layer when a reviewer approves): a quote not found — or found only with
 * other capital letters — is flagged with the form field it came from, and publishing it needs the reviewer's
 * override with a reason. Pure: the caller reads the payload's document and the source's text.
 */
import { findQuote, prepareMatchable, type QuoteSpan } from './quote-match';

/** A quote of a proposal and the form field it was typed in (a payload path, as lib/desk/fields.ts names fields). */
export type ProposedQuote = { field: string; quote: string };

export type QuoteCheck = ProposedQuote & {
  status: 'found' | 'case_differs' | 'not_found';
  /** Pages (or sections) the quote was found on, in order; empty when not found. */
  pages: number[];
  /** Where in those pages' text, for highlighting. */
  spans: QuoteSpan[];
};

type PayloadLike =
  | { kind: 'new_document'; passages: readonly { quote: string }[] }
  | { kind: 'coding' | 'correction'; passage: { quote: string } | null }
  | { kind: 'withdrawal' | 'attach_source' | 'document_correction' | 'document_withdrawal' };

/** The quotes a proposal would publish, with their fields. */
export function quotesOfPayload(payload: PayloadLike): ProposedQuote[] {
  if (payload.kind === 'new_document') return payload.passages.map((p, i) => ({ field: `passages[${i}].quote`, quote: p.quote }));
  if (payload.kind === 'coding' || payload.kind === 'correction') return payload.passage ? [{ field: 'passage.quote', quote: payload.passage.quote }] : [];
  return [];
}

/** Each quote checked against the units of one source (prepared once for all of them). */
export function verifyQuotes(units: readonly { seq: number; text: string }[], quotes: readonly ProposedQuote[]): QuoteCheck[] {
  if (quotes.length === 0) return [];
  const text = prepareMatchable(units);
  return quotes.map((q) => {
    const m = findQuote(text, q.quote);
    const status = m.status === 'empty' ? 'not_found' : m.status;
    return { ...q, status, pages: [...new Set(m.spans.map((s) => s.seq))], spans: m.spans };
  });
}

/** The checks that need a reviewer's override: anything not found word for word. */
export const unverifiedQuotes = (checks: readonly QuoteCheck[]) => checks.filter((c) => c.status !== 'found');
