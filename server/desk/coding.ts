import 'server-only';
import type { QuoteRole } from '@/lib/domain/vocabulary';
import { getWriter } from '@/db/write/connection';
import { isDimensionKey, type DimensionKey } from '@/lib/domain/codebook';
import type { Confidence } from '@/lib/domain/vocabulary';

export type CodingForDesk = {
  id: number;
  dimension: DimensionKey;
  value: string | null;
  freeText: string | null;
  summary: string;
  confidence: Confidence;
  confidenceReason: string | null;
  reason: string;
  reasonNote: string | null;
  createdBy: string | null;
  createdAt: string;
  current: boolean;
  document: { slug: string; title: string; date: string; url: string | null };
  actor: { slug: string; name: string };
  passages: { quote: string; locator: string; role: QuoteRole | null }[];
};

/** One coding with its document, actor and passages, read from the writer so the desk sees its own writes. */
export function getCodingForDesk(id: number): CodingForDesk | null {
  const sqlite = getWriter().$client;
  const row = sqlite
    .prepare(
      `SELECT c.id, c.dimension_key AS dimension, c.value, c.free_text AS freeText, c.summary, c.confidence,
              c.confidence_reason AS confidenceReason, c.reason AS reason, c.reason_note AS reasonNote,
              c.created_by AS createdBy, c.created_at AS createdAt,
              NOT EXISTS (SELECT 1 FROM codings l WHERE l.supersedes_id = c.id) AS current,
              d.slug AS docSlug, d.title AS docTitle, d.date AS docDate, d.url AS docUrl, a.slug AS actorSlug, a.name AS actorName
       FROM codings c JOIN documents d ON d.id = c.document_id JOIN actors a ON a.id = c.actor_id WHERE c.id = ?`,
    )
    .get(id) as (Record<string, unknown> & { dimension: string }) | undefined;
  if (!row || !isDimensionKey(row.dimension)) return null;
  const passages = sqlite
    .prepare('SELECT p.quote, p.locator, p.role FROM coding_passages cp JOIN passages p ON p.id = cp.passage_id WHERE cp.coding_id = ? ORDER BY p.id')
    .all(id) as { quote: string; locator: string; role: QuoteRole | null }[];
  return {
    id: row.id as number,
    dimension: row.dimension,
    value: row.value as string | null,
    freeText: row.freeText as string | null,
    summary: row.summary as string,
    confidence: row.confidence as Confidence,
    confidenceReason: row.confidenceReason as string | null,
    reason: row.reason as string,
    reasonNote: row.reasonNote as string | null,
    createdBy: row.createdBy as string | null,
    createdAt: row.createdAt as string,
    current: Boolean(row.current),
    document: { slug: row.docSlug as string, title: row.docTitle as string, date: row.docDate as string, url: row.docUrl as string | null },
    actor: { slug: row.actorSlug as string, name: row.actorName as string },
    passages,
  };
}
