import type { DocumentRevisionItem } from '@/lib/documents/revisions';
import { listDocumentRevisions } from './document-revisions';
import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors, codingPassages, codings, documentAuthors, documents, passages } from '@/db/schema';
import { DIMENSIONS, type DimensionKey } from '@/lib/domain/codebook';
import type { CodingReason, Confidence, DatePrecision, DocumentType, QuoteRole } from '@/lib/domain/vocabulary';
import { isCurrentCoding } from './current';

/** A quote with where it stands and its role (null only for passages loaded before dataset 1.1). */
export type PassageRow = { id: number; quote: string; locator: string; role: QuoteRole | null };

export type CodingRow = {
  id: number;
  dimension: DimensionKey;
  value: string | null;
  freeText: string | null;
  summary: string;
  confidence: Confidence;
  confidenceReason: string | null;
  verifiedFrom: string[];
  createdAt: string;
  supersedesId: number | null;
  /** Why the row exists: first coding, correction of our coding, or withdrawal. */
  reason: CodingReason;
  reasonNote: string | null;
  passages: PassageRow[];
};

export type DocumentWithCodings = {
  id: number;
  slug: string;
  title: string;
  titleOriginal: string | null;
  date: string;
  datePrecision: DatePrecision;
  effectiveDate: string;
  year: number;
  type: DocumentType;
  venue: string;
  url: string | null;
  archiveUrl: string | null;
  summary: string;
  notes: string | null;
  confidence: Confidence | null;
  verifiedFrom: string[];
  /** The quotes of the current reading (a quote replaced by a correction stays only in the coding's history). */
  passages: PassageRow[];
  /** The other authors of a joint document (empty for a document with one author). */
  coAuthors: { slug: string; name: string }[];
  /** Current codings in codebook order; dimensions absent here are not yet coded for this document. */
  codings: CodingRow[];
  /** Corrections of our record of the document (document_revisions), oldest first; absent in a preview. */
  revisions?: DocumentRevisionItem[];
};

const DIMENSION_ORDER = new Map<string, number>(DIMENSIONS.map((d, i) => [d.key, i]));

function passagesByCoding(codingIds: number[]): Map<number, PassageRow[]> {
  const out = new Map<number, PassageRow[]>();
  if (codingIds.length === 0) return out;
  const rows = db
    .select({ codingId: codingPassages.codingId, id: passages.id, quote: passages.quote, locator: passages.locator, role: passages.role })
    .from(codingPassages)
    .innerJoin(passages, eq(passages.id, codingPassages.passageId))
    .where(inArray(codingPassages.codingId, codingIds))
    .all();
  for (const { codingId, ...p } of rows) out.set(codingId, [...(out.get(codingId) ?? []), p]);
  return out;
}

/** An actor's documents in date order, each with our reading of it and its current codings with evidence. */
export async function listActorDocuments(actorId: number, options: { order?: 'asc' | 'desc' } = {}): Promise<DocumentWithCodings[]> {
  const order = options.order === 'desc' ? desc : asc;
  const docs = db
    .select({
      id: documents.id,
      slug: documents.slug,
      title: documents.title,
      titleOriginal: documents.titleOriginal,
      date: documents.date,
      datePrecision: documents.datePrecision,
      effectiveDate: documents.effectiveDate,
      year: documents.year,
      type: documents.type,
      venue: documents.venue,
      url: documents.url,
      archiveUrl: documents.archiveUrl,
      summary: documentAuthors.summary,
      notes: documentAuthors.notes,
      confidence: documentAuthors.confidence,
      verifiedFrom: documentAuthors.verifiedFrom,
    })
    .from(documentAuthors)
    .innerJoin(documents, eq(documents.id, documentAuthors.documentId))
    .where(eq(documentAuthors.actorId, actorId))
    .orderBy(order(documents.effectiveDate), order(documents.date), order(documents.slug))
    .all();
  if (docs.length === 0) return [];
  const docIds = docs.map((d) => d.id);

  const codingRows = db
    .select()
    .from(codings)
    .where(and(eq(codings.actorId, actorId), inArray(codings.documentId, docIds), isCurrentCoding))
    .all();
  const evidence = passagesByCoding(codingRows.map((c) => c.id));
  // A document's quotes: those its current codings rest on, and those no coding uses (a tracked, uncoded document's
  // quote). A quote only superseded codings use is an earlier reading: it stays in the history, not on the page.
  const docPassages = db
    .select()
    .from(passages)
    .where(
      and(
        inArray(passages.documentId, docIds),
        sql`(EXISTS (SELECT 1 FROM coding_passages cp JOIN codings c ON c.id = cp.coding_id WHERE cp.passage_id = ${passages.id}
               AND NOT EXISTS (SELECT 1 FROM codings later WHERE later.supersedes_id = c.id))
             OR NOT EXISTS (SELECT 1 FROM coding_passages cp WHERE cp.passage_id = ${passages.id}))`,
      ),
    )
    .orderBy(asc(passages.id))
    .all();
  const authorRows = db
    .select({ documentId: documentAuthors.documentId, slug: actors.slug, name: actors.name })
    .from(documentAuthors)
    .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
    .where(inArray(documentAuthors.documentId, docIds))
    .orderBy(asc(actors.name))
    .all();
  const self = db.select({ slug: actors.slug }).from(actors).where(eq(actors.id, actorId)).get()?.slug;
  const revisions = await listDocumentRevisions(docIds);

  return docs.map((d) => ({
    ...d,
    passages: docPassages.filter((p) => p.documentId === d.id).map(({ id, quote, locator, role }) => ({ id, quote, locator, role })),
    coAuthors: authorRows.filter((a) => a.documentId === d.id && a.slug !== self).map(({ slug, name }) => ({ slug, name })),
    codings: codingRows
      .filter((c) => c.documentId === d.id && (c.value !== null || c.freeText !== null))
      .sort((a, b) => DIMENSION_ORDER.get(a.dimensionKey)! - DIMENSION_ORDER.get(b.dimensionKey)!)
      .map((c) => toCodingRow(c, evidence.get(c.id) ?? [])),
    revisions: revisions.get(d.id) ?? [],
  }));
}

function toCodingRow(c: typeof codings.$inferSelect, p: PassageRow[]): CodingRow {
  return {
    id: c.id,
    dimension: c.dimensionKey,
    value: c.value,
    freeText: c.freeText,
    summary: c.summary,
    confidence: c.confidence,
    confidenceReason: c.confidenceReason,
    verifiedFrom: c.verifiedFrom,
    createdAt: c.createdAt,
    supersedesId: c.supersedesId,
    reason: c.reason,
    reasonNote: c.reasonNote,
    passages: p,
  };
}

/** One coding and every earlier version it superseded, newest first. */
export async function listCodingHistory(codingId: number): Promise<CodingRow[]> {
  const chain: CodingRow[] = [];
  let next: number | null = codingId;
  while (next !== null) {
    const row = db.select().from(codings).where(eq(codings.id, next)).get();
    if (!row) break;
    chain.push(toCodingRow(row, []));
    next = row.supersedesId;
  }
  const evidence = passagesByCoding(chain.map((c) => c.id));
  return chain.map((c) => ({ ...c, passages: evidence.get(c.id) ?? [] }));
}

/** A document as one of its authors (the desk's "code a dimension" form); null when that actor did not author it. */
export async function getAuthoredDocument(documentSlug: string, actorSlug: string) {
  return (
    db
      .select({ title: documents.title, date: documents.date, name: actors.name })
      .from(documents)
      .innerJoin(documentAuthors, eq(documentAuthors.documentId, documents.id))
      .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
      .where(and(eq(documents.slug, documentSlug), eq(actors.slug, actorSlug)))
      .get() ?? null
  );
}
