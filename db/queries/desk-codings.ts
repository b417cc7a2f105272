import 'server-only';
/** One coding as the desk shows it (the "before" of a correction), and short labels of codings for proposal titles. */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors, codingPassages, codings, documents, passages } from '@/db/schema';
import type { CodingRow, PassageRow } from './documents';
import type { CodingLabel } from '@/lib/desk/proposal-title';

export type CodingForDesk = Pick<
  CodingRow,
  'id' | 'dimension' | 'value' | 'freeText' | 'summary' | 'confidence' | 'confidenceReason' | 'reason' | 'reasonNote' | 'createdAt'
> & {
  createdBy: string | null;
  /** False once a later row supersedes it (only the current coding can be corrected). */
  current: boolean;
  document: { slug: string; title: string; date: string; url: string | null };
  actor: { id: number; slug: string; name: string };
  passages: Omit<PassageRow, 'id'>[];
};

const isSuperseded = sql<number>`EXISTS (SELECT 1 FROM codings AS later WHERE later.supersedes_id = ${codings.id})`;

export async function getCodingForDesk(id: number): Promise<CodingForDesk | null> {
  const row = db
    .select({
      id: codings.id,
      dimension: codings.dimensionKey,
      value: codings.value,
      freeText: codings.freeText,
      summary: codings.summary,
      confidence: codings.confidence,
      confidenceReason: codings.confidenceReason,
      reason: codings.reason,
      reasonNote: codings.reasonNote,
      createdBy: codings.createdBy,
      createdAt: codings.createdAt,
      superseded: isSuperseded,
      document: { slug: documents.slug, title: documents.title, date: documents.date, url: documents.url },
      actor: { id: actors.id, slug: actors.slug, name: actors.name },
    })
    .from(codings)
    .innerJoin(documents, eq(documents.id, codings.documentId))
    .innerJoin(actors, eq(actors.id, codings.actorId))
    .where(eq(codings.id, id))
    .get();
  if (!row) return null;
  const quotes = db
    .select({ quote: passages.quote, locator: passages.locator, role: passages.role })
    .from(codingPassages)
    .innerJoin(passages, eq(passages.id, codingPassages.passageId))
    .where(eq(codingPassages.codingId, id))
    .orderBy(asc(passages.id))
    .all();
  const { superseded, ...coding } = row;
  return { ...coding, current: !superseded, passages: quotes };
}

/** What each coding is about, for naming proposals that correct or withdraw one ("Applicability of Iceland in …"). */
export async function listCodingLabels(ids: readonly number[]): Promise<Map<number, CodingLabel>> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: codings.id, dimension: codings.dimensionKey, actorName: actors.name, documentTitle: documents.title, documentDate: documents.date })
    .from(codings)
    .innerJoin(documents, eq(documents.id, codings.documentId))
    .innerJoin(actors, eq(actors.id, codings.actorId))
    .where(inArray(codings.id, [...new Set(ids)]))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Titles and dates of documents by slug (proposal titles). */
export async function listDocumentLabels(slugs: readonly string[]): Promise<Map<string, { title: string; date: string }>> {
  if (slugs.length === 0) return new Map();
  const rows = db
    .select({ slug: documents.slug, title: documents.title, date: documents.date })
    .from(documents)
    .where(inArray(documents.slug, [...new Set(slugs)]))
    .all();
  return new Map(rows.map((r) => [r.slug, r]));
}

/** Actor names by slug (proposal titles). */
export async function listActorNames(slugs: readonly string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = db
    .select({ slug: actors.slug, name: actors.name })
    .from(actors)
    .where(inArray(actors.slug, [...new Set(slugs)]))
    .all();
  return new Map(rows.map((r) => [r.slug, r.name]));
}
