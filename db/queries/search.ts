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
  /** Excerpt with matches wrapped in [[ and ]]; the page turns them into <mark>. */
  snippet: string;
};

/** Documents matching the words of `q` (all of them, prefix-matched), best first by BM25. */
export async function searchDocuments(q: string, limit = 50): Promise<SearchHit[]> {
  const match = toFtsQuery(q);
  if (!match) return [];
  return db.all<SearchHit>(sql`
    SELECT s.document_slug AS documentSlug, s.actor_slug AS actorSlug, s.actor_name AS actorName, d.title AS title,
           d.date AS date, d.type AS type, da.confidence AS confidence,
           snippet(search_index, -1, '[[', ']]', ' … ', 24) AS snippet
    FROM search_index s
    JOIN documents d ON d.slug = s.document_slug
    JOIN actors a ON a.slug = s.actor_slug
    JOIN document_authors da ON da.document_id = d.id AND da.actor_id = a.id
    WHERE search_index MATCH ${match}
    ORDER BY bm25(search_index, 0, 0, 4, 3, 1, 2, 1), d.date DESC
    LIMIT ${limit}`);
}
