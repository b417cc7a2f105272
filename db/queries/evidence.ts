import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { db } from '@/db/client';
import { env } from '@/db/env';
import { memoByContentVersion } from '@/db/memo-by-version';
import { codingPassages, codings, documents, passages } from '@/db/schema';
import { codingOf, type Outcome } from '@/lib/domain/as-of';
import type { DimensionKey } from '@/lib/domain/codebook';
import type { CodingEvidence } from '@/lib/domain/evidence';
import { getActorBySlug } from './actors';
import { listCodingHistory, type CodingRow } from './documents';
import { listPositionsAsOf } from './positions';

/**
 * Full evidence (quotes, document, summary, confidence reason, sources) for many codings, in two queries for those not
 * read yet in this content version. A coding's evidence changes only with a publish, an import or a source attached
 * (each a new content version), and a page-cache miss of the matrix at a new date shows mostly the codings the last one
 * showed: kept per content version (shared, read-only), up to EVIDENCE_KEPT codings.
 */
export async function listCodingEvidence(codingIds: readonly number[]): Promise<Map<number, CodingEvidence>> {
  const known = await evidenceOfVersion();
  const out = new Map<number, CodingEvidence>();
  const missing: number[] = [];
  for (const id of codingIds) {
    const e = known.get(id);
    if (e) out.set(id, e);
    else missing.push(id);
  }
  for (const [id, e] of readCodingEvidence(missing)) {
    known.set(id, e);
    out.set(id, e);
  }
  return out;
}

// One store per content version (memoByContentVersion: a newer version starts an empty one; outside a view loader, or
// with VIEW_MEMO_ENTRIES=0 or EVIDENCE_MEMO_CODINGS=0, each call gets its own, so nothing is kept). At most
// EVIDENCE_MEMO_CODINGS codings (20,000: every coding of the 100× benchmark data set twice over).
const evidenceOfVersion = memoByContentVersion(
  async () => new LRUCache<number, CodingEvidence>({ max: Math.max(env.EVIDENCE_MEMO_CODINGS, 1) }),
  () => '',
  env.VIEW_MEMO_ENTRIES === 0 || env.EVIDENCE_MEMO_CODINGS === 0 ? 0 : 1,
);

function readCodingEvidence(codingIds: readonly number[]): Map<number, CodingEvidence> {
  const out = new Map<number, CodingEvidence>();
  if (codingIds.length === 0) return out;
  const rows = db
    .select({
      codingId: codings.id,
      value: codings.value,
      freeText: codings.freeText,
      summary: codings.summary,
      confidence: codings.confidence,
      confidenceReason: codings.confidenceReason,
      verifiedFrom: codings.verifiedFrom,
      createdAt: codings.createdAt,
      reason: codings.reason,
      reasonNote: codings.reasonNote,
      slug: documents.slug,
      title: documents.title,
      date: documents.date,
      datePrecision: documents.datePrecision,
      type: documents.type,
      venue: documents.venue,
      url: documents.url,
      archiveUrl: documents.archiveUrl,
      hasSource: sql<number>`EXISTS (SELECT 1 FROM sources s WHERE s.document_id = ${documents.id})`,
    })
    .from(codings)
    .innerJoin(documents, eq(documents.id, codings.documentId))
    .where(inArray(codings.id, [...codingIds]))
    .all();
  const quotes = db
    .select({ codingId: codingPassages.codingId, passageId: passages.id, quote: passages.quote, locator: passages.locator, role: passages.role })
    .from(codingPassages)
    .innerJoin(passages, eq(passages.id, codingPassages.passageId))
    .where(inArray(codingPassages.codingId, [...codingIds]))
    .orderBy(passages.id)
    .all();
  // Grouped once (a filter per coding was quadratic: 24 ms at 100× for the quotes alone).
  const quotesByCoding = new Map<number, CodingEvidence['quotes']>();
  for (const { codingId, passageId, quote, locator, role } of quotes) {
    const list = quotesByCoding.get(codingId);
    if (list) list.push({ quote, locator, role, passageId });
    else quotesByCoding.set(codingId, [{ quote, locator, role, passageId }]);
  }
  for (const r of rows) {
    out.set(r.codingId, {
      codingId: r.codingId,
      value: r.value,
      freeText: r.freeText,
      summary: r.summary,
      confidence: r.confidence,
      confidenceReason: r.confidenceReason,
      verifiedFrom: r.verifiedFrom,
      createdAt: r.createdAt,
      reason: r.reason,
      reasonNote: r.reasonNote,
      quotes: quotesByCoding.get(r.codingId) ?? [],
      document: {
        slug: r.slug,
        title: r.title,
        date: r.date,
        datePrecision: r.datePrecision,
        type: r.type,
        venue: r.venue,
        url: r.url,
        archiveUrl: r.archiveUrl,
        hasSource: r.hasSource === 1,
      },
    });
  }
  return out;
}

export type CellEvidence = {
  actor: { slug: string; name: string; kind: string };
  dimension: DimensionKey;
  asOf: string;
  outcome: Outcome;
  evidence: CodingEvidence | null;
  /** Earlier versions of the chosen coding, newest first (empty when it was never corrected), each with the
   *  correction that replaced it (kind, reason, when). */
  history: (CodingRow & { replacedBy: Pick<CodingRow, 'reason' | 'reasonNote' | 'createdAt'> })[];
};

/** What one matrix cell rests on: the as-of outcome, its evidence and the coding's earlier versions. */
export async function getCellEvidence(actorSlug: string, dimension: DimensionKey, asOf: string): Promise<CellEvidence | null> {
  const actor = await getActorBySlug(actorSlug);
  if (!actor) return null;
  const [row] = await listPositionsAsOf({ asOf, dimensions: [dimension], actorIds: [actor.id] });
  const outcome = row?.outcomes[dimension] ?? { kind: 'no_document' };
  const codingId = codingOf(outcome)?.id ?? null;
  const evidence = codingId !== null ? ((await listCodingEvidence([codingId])).get(codingId) ?? null) : null;
  const chain = codingId !== null ? await listCodingHistory(codingId) : [];
  const history = chain
    .slice(1)
    .map((h, i) => ({ ...h, replacedBy: { reason: chain[i]!.reason, reasonNote: chain[i]!.reasonNote, createdAt: chain[i]!.createdAt } }));
  return { actor: { slug: actor.slug, name: actor.name, kind: actor.kind }, dimension, asOf, outcome, evidence, history };
}
