import 'server-only';
/**
 * What the verification queue needs from stored sources (issue 21): documents that have a source and dimensions not
 * yet coded (first in the queue: the text is at hand), and published quotes not found word for word in their
 * document's source. Current sources and codings only, read in the desk loader's snapshot.
 */
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { memoByContentVersion } from '@/db/memo-by-version';
import { DIMENSION_KEYS, type DimensionKey } from '@/lib/domain/codebook';
import { unverifiedQuotes, verifyQuotes, type QuoteCheck } from '@/lib/sources/verify-quotes';
import type { QueueActor, QueueDocument } from './desk-queue';

const CURRENT_SOURCE = sql.raw('NOT EXISTS (SELECT 1 FROM sources later WHERE later.supersedes_id = s.id)');

export type SourcedUncoded = { actor: QueueActor; document: QueueDocument; uncoded: DimensionKey[] };

/** Each author of a document with a stored source, with the dimensions it has not coded in that document. */
export async function listSourcedUncoded(): Promise<SourcedUncoded[]> {
  const rows = db.all<{ actorSlug: string; actorName: string; slug: string; title: string; date: string; coded: string | null }>(sql`
    SELECT a.slug AS actorSlug, a.name AS actorName, d.slug AS slug, d.title AS title, d.date AS date,
      (SELECT group_concat(c.dimension_key) FROM codings c WHERE c.document_id = d.id AND c.actor_id = a.id
         AND (c.value IS NOT NULL OR c.free_text IS NOT NULL)
         AND NOT EXISTS (SELECT 1 FROM codings l WHERE l.supersedes_id = c.id)) AS coded
    FROM sources s JOIN documents d ON d.id = s.document_id
    JOIN document_authors da ON da.document_id = d.id JOIN actors a ON a.id = da.actor_id
    WHERE ${CURRENT_SOURCE}
    ORDER BY a.kind <> 'state', a.name, d.effective_date, d.slug`);
  return rows.flatMap((r) => {
    const coded = new Set((r.coded ?? '').split(','));
    const uncoded = DIMENSION_KEYS.filter((k) => !coded.has(k));
    return uncoded.length ? [{ actor: { slug: r.actorSlug, name: r.actorName }, document: { slug: r.slug, title: r.title, date: r.date }, uncoded }] : [];
  });
}

export type QuoteNotFound = {
  actor: QueueActor;
  document: QueueDocument;
  passageId: number;
  quote: string;
  status: QuoteCheck['status'];
  /** A current coding this quote supports (to correct), if any. */
  codingId: number | null;
};

/** Quotes of documents with a stored source that are not in it word for word (each quote once, under its first author). */
export const listQuotesNotFound = memoByContentVersion(async (): Promise<QuoteNotFound[]> => {
  const sourced = db.all<{ sourceId: number; documentId: number; slug: string; title: string; date: string; actorSlug: string; actorName: string }>(sql`
    SELECT s.id AS sourceId, d.id AS documentId, d.slug AS slug, d.title AS title, d.date AS date,
      a.slug AS actorSlug, a.name AS actorName
    FROM sources s JOIN documents d ON d.id = s.document_id
    JOIN actors a ON a.id = (SELECT da.actor_id FROM document_authors da JOIN actors x ON x.id = da.actor_id
                             WHERE da.document_id = d.id ORDER BY x.name LIMIT 1)
    WHERE ${CURRENT_SOURCE} AND EXISTS (SELECT 1 FROM passages p WHERE p.document_id = d.id)
    ORDER BY a.name, d.effective_date, d.slug`);
  const out: QuoteNotFound[] = [];
  for (const s of sourced) {
    const units = db.all<{ seq: number; text: string }>(sql`SELECT seq, text FROM source_texts WHERE source_id = ${s.sourceId} ORDER BY seq`);
    const quotes = db.all<{ id: number; quote: string; codingId: number | null }>(sql`
      SELECT p.id AS id, p.quote AS quote,
        (SELECT cp.coding_id FROM coding_passages cp JOIN codings c ON c.id = cp.coding_id
         WHERE cp.passage_id = p.id AND NOT EXISTS (SELECT 1 FROM codings l WHERE l.supersedes_id = c.id) ORDER BY cp.coding_id LIMIT 1) AS codingId
      FROM passages p WHERE p.document_id = ${s.documentId} ORDER BY p.id`);
    const checks = unverifiedQuotes(
      verifyQuotes(
        units,
        quotes.map((q) => ({ field: String(q.id), quote: q.quote })),
      ),
    );
    for (const c of checks) {
      const q = quotes.find((x) => String(x.id) === c.field)!;
      out.push({
        actor: { slug: s.actorSlug, name: s.actorName },
        document: { slug: s.slug, title: s.title, date: s.date },
        passageId: q.id,
        quote: q.quote,
        status: c.status,
        codingId: q.codingId,
      });
    }
  }
  return out;
});
