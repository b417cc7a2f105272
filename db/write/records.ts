/**
 * Low-level writes shared by publishing and importing, so both change the record the same way. Callers run these
 * inside their own transaction, after authorize(); nothing here checks roles. Codings are only ever appended.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import type { QuoteRole } from '@/lib/domain/vocabulary';
import { actors, codebookDimensions, codebookValues, codingPassages, codings, documents, passages, type Coding } from '@/db/schema';
import { CODEBOOK_VERSION, DIMENSIONS, type DimensionKey } from '@/lib/domain/codebook';
import { parsePartialDate } from '@/lib/domain/dates';

export type ActorRow = typeof actors.$inferInsert;

export function writeCodebook(tx: Db): void {
  DIMENSIONS.forEach((d, position) => {
    tx.insert(codebookDimensions)
      .values({ key: d.key, question: d.question, position, version: CODEBOOK_VERSION })
      .onConflictDoUpdate({ target: codebookDimensions.key, set: { question: d.question, position, version: CODEBOOK_VERSION } })
      .run();
    d.values.forEach((v, vp) => {
      tx.insert(codebookValues)
        .values({ dimensionKey: d.key, value: v.value, label: v.label, definition: v.definition, position: vp })
        .onConflictDoUpdate({ target: [codebookValues.dimensionKey, codebookValues.value], set: { label: v.label, definition: v.definition, position: vp } })
        .run();
    });
  });
}

export type DocumentFields = {
  slug: string;
  title: string;
  titleOriginal: string | null;
  date: string;
  type: (typeof documents.$inferInsert)['type'];
  venue: string;
  url: string | null;
  archiveUrl: string | null;
  language: string | null;
};

/** The stored row for a document's fields (date precision, effective date and year derived from the date). */
export function documentRow(d: DocumentFields) {
  const date = parsePartialDate(d.date);
  if (!date) throw new Error(`document ${d.slug}: invalid date ${d.date}`);
  return { ...d, datePrecision: date.precision, effectiveDate: date.effective, year: date.year };
}

/** Inserts a passage unless the same quote and locator already exist for the document; returns its id. */
export function ensurePassage(tx: Db, documentId: number, quote: string, locator: string, role: QuoteRole | null = null): number {
  // The role is a property of the passage (dataset 1.1), so it is also set on a passage stored before roles existed.
  tx.insert(passages)
    .values({ documentId, quote, locator, role })
    .onConflictDoUpdate({ target: [passages.documentId, passages.quote, passages.locator], set: { role } })
    .run();
  return tx
    .select({ id: passages.id })
    .from(passages)
    .where(and(eq(passages.documentId, documentId), eq(passages.quote, quote), eq(passages.locator, locator)))
    .get()!.id;
}

/** The current (unsuperseded) coding of a document × actor × dimension, with its passage ids. */
export function currentCoding(tx: Db, documentId: number, actorId: number, key: DimensionKey): { row: Coding; passageIds: number[] } | null {
  const row = tx
    .select()
    .from(codings)
    .where(
      and(
        eq(codings.documentId, documentId),
        eq(codings.actorId, actorId),
        eq(codings.dimensionKey, key),
        sql`NOT EXISTS (SELECT 1 FROM codings later WHERE later.supersedes_id = ${codings.id})`,
      ),
    )
    .get();
  if (!row) return null;
  return { row, passageIds: passageIdsOf(tx, row.id) };
}

export function passageIdsOf(tx: Db, codingId: number): number[] {
  return tx
    .select({ id: codingPassages.passageId })
    .from(codingPassages)
    .where(eq(codingPassages.codingId, codingId))
    .all()
    .map((p) => p.id);
}

export function isSuperseded(tx: Db, codingId: number): boolean {
  return tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM codings WHERE supersedes_id = ${codingId}`).n > 0;
}

/** Where a new row comes from: the label shown with it and its origin (db/write/origins.ts). */
export type Provenance = { createdBy: string; originId: number };

export type NewCodingRow = {
  documentId: number;
  actorId: number;
  dimensionKey: DimensionKey;
  value: string | null;
  freeText: string | null;
  summary: string;
  confidence: 'high' | 'medium' | 'low';
  confidenceReason: string | null;
  verifiedFrom: string[];
  supersedesId: number | null;
  createdAt: string;
  reason: 'original' | 'correction' | 'withdrawal';
  reasonNote: string | null;
  passageIds: number[];
} & Provenance;

/** Appends one coding (never updates: the table's trigger forbids it) with its passages; returns the new row. */
export function appendCoding(tx: Db, c: NewCodingRow): Coding {
  const { passageIds, ...row } = c;
  const inserted = tx
    .insert(codings)
    .values({ ...row, codebookVersion: CODEBOOK_VERSION })
    .returning()
    .get();
  for (const passageId of [...new Set(passageIds)]) tx.insert(codingPassages).values({ codingId: inserted.id, passageId }).run();
  return inserted;
}

const SEARCH_ROWS = sql`
  SELECT d.slug, a.slug, a.name, d.title || coalesce(' ' || d.title_original, ''), d.venue,
         coalesce((SELECT group_concat(p.quote, ' ') FROM passages p WHERE p.document_id = d.id), ''), da.summary
  FROM document_authors da
  JOIN documents d ON d.id = da.document_id
  JOIN actors a ON a.id = da.actor_id`;

/** Full-text index (FTS5, migration 0002) over titles, venues, quotes and summaries: every document. */
export function rebuildSearchIndex(tx: Db): void {
  tx.run(sql`DELETE FROM search_index`);
  tx.run(sql`INSERT INTO search_index (document_slug, actor_slug, actor_name, title, venue, quote, summary) ${SEARCH_ROWS}`);
  // Literature has an index of its own, so further reading is never mixed with State positions (migration 0003).
  tx.run(sql`DELETE FROM literature_search`);
  tx.run(sql`
    INSERT INTO literature_search (literature_slug, title, authors, institution, summary)
    SELECT slug, title, coalesce((SELECT group_concat(value, ', ') FROM json_each(literature.authors)), ''), coalesce(institution, ''), summary
    FROM literature`);
}

/** The same for one document, so a publish does not rebuild the whole index. */
export function refreshSearchIndexFor(tx: Db, documentId: number): void {
  const slug = tx.select({ slug: documents.slug }).from(documents).where(eq(documents.id, documentId)).get()?.slug;
  if (!slug) return;
  tx.run(sql`DELETE FROM search_index WHERE document_slug = ${slug}`);
  tx.run(sql`INSERT INTO search_index (document_slug, actor_slug, actor_name, title, venue, quote, summary) ${SEARCH_ROWS} WHERE d.id = ${documentId}`);
}
