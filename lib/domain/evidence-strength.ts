/**
 * How strongly a coded value is backed, in two parts read from recorded fields only (never from highlighting):
 * - the quote: the actor's own due-diligence words, only a context passage, or no quote (`quote_role`, dataset 1.1);
 * - the reading: confidence as the codebook defines it — high (the wording was read), medium (a reliable secondary
 *   source states the position; the wording was not read), low (inferred; verify before citing).
 * Each strength has a symbol and words, so a cell never tells them apart by colour alone; one legend explains them.
 */
import type { Confidence, QuoteRole } from '@/lib/domain/vocabulary';

export const QUOTE_BACKINGS = ['own_words', 'context_only', 'no_quote'] as const;
export type QuoteBacking = (typeof QUOTE_BACKINGS)[number];

export type StrengthMark = { symbol: string; short: string; label: string };

export const BACKING_MARKS: Record<QuoteBacking, StrengthMark> = {
  own_words: { symbol: '❝', short: 'own words', label: 'The actor’s own due-diligence words are quoted' },
  context_only: { symbol: '◇', short: 'context only', label: 'Only a neighbouring passage is quoted, not the due-diligence wording' },
  no_quote: { symbol: '∅', short: 'no quote', label: 'No quote recorded: the value rests on the sources' },
};

/** The reading behind a value, in the codebook's words (medium confidence is a secondary source). */
export const READING_MARKS: Record<Confidence, StrengthMark> = {
  high: { symbol: '●●●', short: 'high', label: 'High confidence: the actor’s wording was read' },
  medium: { symbol: '●●○', short: 'secondary source', label: 'Secondary source (medium confidence): a reliable source states it; the wording was not read' },
  low: { symbol: '⚠ ●○○', short: 'low confidence', label: 'Low confidence: inferred; verify before citing' },
};

export function quoteBacking(quotes: readonly { role: QuoteRole | null }[]): QuoteBacking {
  if (quotes.some((q) => q.role === 'due_diligence')) return 'own_words';
  return quotes.length > 0 ? 'context_only' : 'no_quote';
}

/** The `evidence=own-words` filter: a value counts only when the actor's own due-diligence words back it. */
export const backedByOwnWords = (quotes: readonly { role: QuoteRole | null }[]): boolean => quoteBacking(quotes) === 'own_words';
