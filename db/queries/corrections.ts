import 'server-only';
import { db } from '@/db/client';
import { isDimensionKey, type DimensionKey } from '@/lib/codebook';
import type { CodingCorrection } from '@/lib/corrections';

/**
 * Corrections and withdrawals of our coding (codings.change_kind), newest first, each with the value it replaced
 * and the public reason. Dated by the day we made them, not by the document's date. `from` / `to` bound that day.
 */
export async function listCodingCorrections(filter: { actor?: string | null; from?: string | null; to?: string | null } = {}): Promise<CodingCorrection[]> {
  const rows = db.$client
    .prepare(
      `SELECT c.id, c.change_kind AS kind, c.change_reason AS reason, c.created_at AS at, c.dimension_key AS dimension,
              c.value, c.free_text AS freeText, c.confidence, prev.value AS previousValue, prev.free_text AS previousFreeText,
              prev.confidence AS previousConfidence, a.slug AS actorSlug, a.name AS actorName,
              d.slug AS documentSlug, d.title AS documentTitle, d.date AS documentDate
       FROM codings c
       JOIN codings prev ON prev.id = c.supersedes_id
       JOIN actors a ON a.id = c.actor_id
       JOIN documents d ON d.id = c.document_id
       WHERE c.change_kind IN ('correction', 'withdrawal')
         AND (@actor IS NULL OR a.slug = @actor)
         AND (@from IS NULL OR substr(c.created_at, 1, 10) >= @from)
         AND (@to IS NULL OR substr(c.created_at, 1, 10) <= @to)
       ORDER BY c.created_at DESC, c.id DESC`,
    )
    .all({ actor: filter.actor ?? null, from: filter.from ?? null, to: filter.to ?? null }) as (Omit<CodingCorrection, 'dimension'> & { dimension: string })[];
  return rows.filter((r): r is CodingCorrection => isDimensionKey(r.dimension)).map((r) => ({ ...r, dimension: r.dimension as DimensionKey }));
}
