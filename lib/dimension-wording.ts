/** Side-by-side wording on one dimension: each chosen actor's coded documents on it, oldest first. Pure. */
import type { DimensionKey } from './codebook';
import type { Confidence, DocumentType } from './domain';
import { parseSlugs, type Parsed, type SearchParams } from './search-params';

type Passage = { id: number; quote: string; locator: string };
type Coding = { dimension: DimensionKey; value: string | null; freeText: string | null; confidence: Confidence; passages: Passage[] };
type Doc = { slug: string; title: string; date: string; effectiveDate: string; type: DocumentType; url: string | null; archiveUrl: string | null; codings: Coding[] };

export type WordingEntry = { document: Omit<Doc, 'codings'>; coding: Coding };
export type WordingColumn = { actor: { slug: string; name: string }; entries: WordingEntry[] };

/** At most this many actors side by side: more columns would not be readable next to each other. */
export const MAX_WORDING_ACTORS = 4;

export function wordingColumn(actor: { slug: string; name: string }, docs: readonly Doc[], dimension: DimensionKey, asOf: string): WordingColumn {
  const entries = docs
    .filter((d) => d.effectiveDate <= asOf)
    .flatMap(({ codings, ...document }) => codings.filter((c) => c.dimension === dimension).map((coding) => ({ document, coding })))
    .sort((a, b) => a.document.effectiveDate.localeCompare(b.document.effectiveDate));
  return { actor: { slug: actor.slug, name: actor.name }, entries };
}

/** `wording=a,b`: actors in the current view, at most MAX_WORDING_ACTORS (the rest dropped with a notice). */
export function parseWordingActors(sp: SearchParams, known: ReadonlySet<string>): Parsed<string[]> {
  const parsed = parseSlugs(sp, 'wording', known);
  if (parsed.value.length <= MAX_WORDING_ACTORS) return parsed;
  return { value: parsed.value.slice(0, MAX_WORDING_ACTORS), notices: [...parsed.notices, `Only the first ${MAX_WORDING_ACTORS} actors are set side by side.`] };
}
