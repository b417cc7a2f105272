/** Side-by-side wording on one dimension: each chosen actor's coded documents on it, oldest first. Pure. */
import type { DimensionKey } from '@/lib/domain/codebook';
import type { Confidence, DocumentType, QuoteRole } from '@/lib/domain/vocabulary';

/** A quote and its role: a context quote is labelled as such wherever it is shown. */
type Passage = { id: number; quote: string; locator: string; role: QuoteRole | null };
type Coding = { dimension: DimensionKey; value: string | null; freeText: string | null; confidence: Confidence; passages: Passage[] };
type Doc = {
  slug: string;
  title: string;
  date: string;
  effectiveDate: string;
  type: DocumentType;
  url: string | null;
  archiveUrl: string | null;
  codings: Coding[];
};

export type WordingEntry = { document: Omit<Doc, 'codings'>; coding: Coding };
export type WordingColumn = { actor: { slug: string; name: string }; entries: WordingEntry[] };

export function wordingColumn(actor: { slug: string; name: string }, docs: readonly Doc[], dimension: DimensionKey, asOf: string): WordingColumn {
  const entries = docs
    .filter((d) => d.effectiveDate <= asOf)
    .flatMap(({ codings, ...document }) => codings.filter((c) => c.dimension === dimension).map((coding) => ({ document, coding })))
    .sort((a, b) => a.document.effectiveDate.localeCompare(b.document.effectiveDate));
  return { actor: { slug: actor.slug, name: actor.name }, entries };
}
