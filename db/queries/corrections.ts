import 'server-only';
import { db } from '@/db/client';
import type { DimensionKey } from '@/lib/domain/codebook';
import type { CorrectionItem } from '@/lib/changes/correction-text';
import type { ChangeFilter } from './changes';

type Row = {
  codingId: number;
  dimension: DimensionKey; // dimension_key, checked by its foreign key to codebook_dimensions
  reason: 'correction' | 'withdrawal';
  reasonNote: string | null;
  createdAt: string;
  createdBy: string | null;
  value: string | null;
  freeText: string | null;
  confidence: 'high' | 'medium' | 'low';
  prevValue: string | null;
  prevFreeText: string | null;
  prevConfidence: 'high' | 'medium' | 'low';
  actorSlug: string;
  actorName: string;
  documentSlug: string;
  title: string;
  date: string;
  effective: string;
  type: string;
};

/**
 * Corrections of *our* coding (rows that supersede another with a different value, words or confidence, and
 * withdrawals), newest first. They are never changes of the actor's position: /changes lists them apart, and the
 * as-of rule only ever reads current rows. A correction of sources or notes alone stays in the evidence history.
 * `from` / `to` bound the day the correction was recorded.
 */
export async function listCorrections(filter: ChangeFilter = {}): Promise<CorrectionItem[]> {
  const rows = db.$client
    .prepare(
      `SELECT c.id AS codingId, c.dimension_key AS dimension, c.reason, c.reason_note AS reasonNote, c.created_at AS createdAt,
              c.created_by AS createdBy, c.value, c.free_text AS freeText, c.confidence,
              p.value AS prevValue, p.free_text AS prevFreeText, p.confidence AS prevConfidence,
              a.slug AS actorSlug, a.name AS actorName, d.slug AS documentSlug, d.title, d.date, d.effective_date AS effective, d.type
       FROM codings c
       JOIN codings p ON p.id = c.supersedes_id
       JOIN actors a ON a.id = c.actor_id
       JOIN documents d ON d.id = c.document_id
       WHERE c.reason IN ('correction', 'withdrawal')
         AND (c.reason = 'withdrawal' OR c.value IS NOT p.value OR c.free_text IS NOT p.free_text OR c.confidence IS NOT p.confidence)
         AND (@actors IS NULL OR a.slug IN (SELECT value FROM json_each(@actors)))
         AND (@from IS NULL OR substr(c.created_at, 1, 10) >= @from)
         AND (@to IS NULL OR substr(c.created_at, 1, 10) <= @to)
       ORDER BY c.created_at DESC, a.name, d.slug, c.id`,
    )
    .all({ actors: filter.actors?.length ? JSON.stringify(filter.actors) : null, from: filter.from ?? null, to: filter.to ?? null }) as Row[];
  return rows.map((r) => ({
    codingId: r.codingId,
    dimension: r.dimension,
    reason: r.reason,
    reasonNote: r.reasonNote,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    actor: { slug: r.actorSlug, name: r.actorName },
    document: { slug: r.documentSlug, title: r.title, date: r.date, effective: r.effective, type: r.type },
    before: { value: r.prevValue, freeText: r.prevFreeText, confidence: r.prevConfidence },
    after: { value: r.value, freeText: r.freeText, confidence: r.confidence },
  }));
}
