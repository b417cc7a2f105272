import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import type { Confidence, DocumentType } from '@/lib/domain/vocabulary';
import { toFtsQuery } from '@/lib/search/search-query';

export type SearchHit = {
  documentSlug: string;
  actorSlug: string;
  actorName: string;
  title: string;
  date: string;
  type: DocumentType;
  confidence: Confidence | null;
  /** Excerpts of the actor's quotes and of our summary, matches wrapped in [[ and ]] (lib/search/snippets.ts labels them). */
  quoteSnippet: string | null;
  summarySnippet: string | null;
};

/** Documents matching the words of `q` (all of them, prefix-matched), best first by BM25. */
export async function searchDocuments(q: string, limit = 50): Promise<SearchHit[]> {
  const match = toFtsQuery(q);
  if (!match) return [];
  // The index has a row per document × author; a joint document is one hit, naming all its authors.
  const rows = db.all<SearchHit>(sql`
    SELECT s.document_slug AS documentSlug, s.actor_slug AS actorSlug, s.actor_name AS actorName, d.title AS title,
           d.date AS date, d.type AS type, da.confidence AS confidence,
           nullif(snippet(search_index, 5, '[[', ']]', ' … ', 24), '') AS quoteSnippet,
           nullif(snippet(search_index, 6, '[[', ']]', ' … ', 24), '') AS summarySnippet
    FROM search_index s
    JOIN documents d ON d.slug = s.document_slug
    JOIN actors a ON a.slug = s.actor_slug
    JOIN document_authors da ON da.document_id = d.id AND da.actor_id = a.id
    WHERE search_index MATCH ${match}
    ORDER BY bm25(search_index, 0, 0, 4, 3, 1, 2, 1), d.date DESC, a.slug
    LIMIT ${limit * 8}`);
  const byDocument = new Map<string, SearchHit>();
  for (const r of rows) {
    const seen = byDocument.get(r.documentSlug);
    if (seen) seen.actorName = `${seen.actorName}, ${r.actorName}`;
    else byDocument.set(r.documentSlug, { ...r });
  }
  return [...byDocument.values()].slice(0, limit);
}

export type LiteratureHit = {
  slug: string;
  title: string;
  authors: string;
  institution: string;
  date: string | null;
  type: string;
  url: string | null;
  /** The actors it discusses, for links to their pages' "Further reading". */
  about: { slug: string; name: string }[];
  snippet: string;
};

/**
 * Literature (further reading) matching `q`, from its own index (migration 0003): shown apart from documents and
 * labelled as literature, because scholarship about a position is never a position.
 */
export async function searchLiterature(q: string, limit = 20): Promise<LiteratureHit[]> {
  const match = toFtsQuery(q);
  if (!match) return [];
  const rows = db.all<Omit<LiteratureHit, 'about'> & { about: string | null }>(sql`
    SELECT l.slug AS slug, l.title AS title, s.authors AS authors, s.institution AS institution, l.date AS date, l.type AS type, l.url AS url,
           snippet(literature_search, -1, '[[', ']]', ' … ', 24) AS snippet,
           (SELECT json_group_array(json_object('slug', a.slug, 'name', a.name)) FROM literature_actors la JOIN actors a ON a.id = la.actor_id
            WHERE la.literature_id = l.id) AS about
    FROM literature_search s
    JOIN literature l ON l.slug = s.literature_slug
    WHERE literature_search MATCH ${match}
    ORDER BY bm25(literature_search, 0, 4, 2, 1, 1)
    LIMIT ${limit}`);
  return rows.map((r) => ({ ...r, about: r.about ? (JSON.parse(r.about) as { slug: string; name: string }[]) : [] }));
}
