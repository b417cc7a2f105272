import 'server-only';
import { getWriter } from '@/db/write/connection';
import { DIMENSIONS, isDimensionKey, type DimensionKey } from '@/lib/domain/codebook';

/**
 * What most needs a person with the document in hand, in the order the desk should work through it:
 * 1. States' applicability values with low confidence, 2. context-only quotes, 3. uncoded dimensions of States
 * that have documents, 4. States with no document. Reads current codings only (nothing supersedes them).
 */
export type LowConfidenceItem = { codingId: number; actorSlug: string; actorName: string; documentTitle: string; date: string; value: string };
export type ContextQuoteItem = { actorSlug: string; actorName: string; documentTitle: string; date: string; quote: string; codingId: number | null };
export type UncodedItem = {
  actorSlug: string;
  actorName: string;
  dimension: DimensionKey;
  documentSlug: string;
  documentTitle: string;
  date: string;
  codingId: number | null;
};
export type NoDocumentItem = { actorSlug: string; actorName: string };

export type VerificationQueue = {
  lowConfidence: LowConfidenceItem[];
  /** null when the database has no quote-role column yet (dataset 1.1 adds it). */
  contextQuotes: ContextQuoteItem[] | null;
  uncoded: UncodedItem[];
  noDocument: NoDocumentItem[];
};

const CURRENT = 'NOT EXISTS (SELECT 1 FROM codings l WHERE l.supersedes_id = c.id)';

export function getVerificationQueue(): VerificationQueue {
  const sqlite = getWriter().$client;
  const lowConfidence = sqlite
    .prepare(
      `SELECT c.id AS codingId, a.slug AS actorSlug, a.name AS actorName, d.title AS documentTitle, d.date, c.value
       FROM codings c JOIN actors a ON a.id = c.actor_id JOIN documents d ON d.id = c.document_id
       WHERE ${CURRENT} AND a.kind = 'state' AND c.dimension_key = 'applicability' AND c.confidence = 'low' AND c.value IS NOT NULL
       ORDER BY a.name, d.effective_date`,
    )
    .all() as LowConfidenceItem[];

  const passageColumns = (sqlite.prepare('PRAGMA table_info(passages)').all() as { name: string }[]).map((c) => c.name);
  const roleColumn = ['quote_role', 'role'].find((c) => passageColumns.includes(c));
  const contextQuotes = roleColumn
    ? (sqlite
        .prepare(
          `SELECT a.slug AS actorSlug, a.name AS actorName, d.title AS documentTitle, d.date, p.quote,
                  (SELECT c.id FROM codings c WHERE c.document_id = d.id AND c.actor_id = a.id AND c.dimension_key = 'applicability' AND ${CURRENT}) AS codingId
           FROM passages p JOIN documents d ON d.id = p.document_id
           JOIN document_authors da ON da.document_id = d.id JOIN actors a ON a.id = da.actor_id
           WHERE p.${roleColumn} = 'context' ORDER BY a.kind <> 'state', a.name, d.effective_date`,
        )
        .all() as ContextQuoteItem[])
    : null;

  // For each State with documents and each dimension: is any current coding of it valued (or, for free-text
  // dimensions, worded)? If not, the dimension is "not yet coded" for that State.
  const statesWithDocs = sqlite
    .prepare(
      `SELECT a.id, a.slug, a.name,
              (SELECT d.title FROM documents d JOIN document_authors x ON x.document_id = d.id WHERE x.actor_id = a.id ORDER BY d.effective_date DESC LIMIT 1) AS title,
              (SELECT d.slug FROM documents d JOIN document_authors x ON x.document_id = d.id WHERE x.actor_id = a.id ORDER BY d.effective_date DESC LIMIT 1) AS docSlug,
              (SELECT d.date FROM documents d JOIN document_authors x ON x.document_id = d.id WHERE x.actor_id = a.id ORDER BY d.effective_date DESC LIMIT 1) AS date
       FROM actors a WHERE a.kind = 'state' AND EXISTS (SELECT 1 FROM document_authors x WHERE x.actor_id = a.id) ORDER BY a.name`,
    )
    .all() as { id: number; slug: string; name: string; title: string; docSlug: string; date: string }[];
  const coded = sqlite.prepare(
    `SELECT c.dimension_key AS dimension, max(c.value IS NOT NULL OR c.free_text IS NOT NULL) AS coded,
            (SELECT c2.id FROM codings c2 JOIN documents d2 ON d2.id = c2.document_id
             WHERE c2.actor_id = c.actor_id AND c2.dimension_key = c.dimension_key AND NOT EXISTS (SELECT 1 FROM codings l WHERE l.supersedes_id = c2.id)
             ORDER BY d2.effective_date DESC LIMIT 1) AS latestId
     FROM codings c WHERE c.actor_id = ? AND ${CURRENT} GROUP BY c.dimension_key`,
  );
  const uncoded: UncodedItem[] = [];
  for (const s of statesWithDocs) {
    const rows = new Map((coded.all(s.id) as { dimension: string; coded: number; latestId: number }[]).map((r) => [r.dimension, r]));
    for (const d of DIMENSIONS) {
      const r = rows.get(d.key);
      if (r?.coded) continue;
      if (!isDimensionKey(d.key)) continue;
      uncoded.push({
        actorSlug: s.slug,
        actorName: s.name,
        dimension: d.key,
        documentSlug: s.docSlug,
        documentTitle: s.title,
        date: s.date,
        codingId: r?.latestId ?? null,
      });
    }
  }

  const noDocument = sqlite
    .prepare(
      `SELECT a.slug AS actorSlug, a.name AS actorName FROM actors a
       WHERE a.kind = 'state' AND NOT EXISTS (SELECT 1 FROM document_authors x WHERE x.actor_id = a.id) ORDER BY a.name`,
    )
    .all() as NoDocumentItem[];

  return { lowConfidence, contextQuotes, uncoded, noDocument };
}
