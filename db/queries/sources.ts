/** Reads of stored sources: the reading view, the download, search in source texts, and which documents have one. */
import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { memoByContentVersion } from '@/db/memo-by-version';
import { actors, documentAuthors, documents, passages } from '@/db/schema';
import { sourceFiles, sources, sourceTexts } from '@/db/schema-sources';
import type { DocumentType } from '@/lib/domain/vocabulary';
import { toFtsQuery } from '@/lib/search/search-query';

const isCurrent = sql`NOT EXISTS (SELECT 1 FROM sources later WHERE later.supersedes_id = ${sources.id})`;

/** A document with its authors and its current source (metadata only), or null when the document is unknown. */
export async function getDocumentSource(documentSlug: string) {
  const document = db
    .select({ id: documents.id, slug: documents.slug, title: documents.title, date: documents.date, type: documents.type, url: documents.url })
    .from(documents)
    .where(eq(documents.slug, documentSlug))
    .get();
  if (!document) return null;
  const authors = db
    .select({ slug: actors.slug, name: actors.name })
    .from(documentAuthors)
    .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
    .where(eq(documentAuthors.documentId, document.id))
    .orderBy(asc(actors.name))
    .all();
  const source =
    db
      .select()
      .from(sources)
      .where(and(eq(sources.documentId, document.id), isCurrent))
      .get() ?? null;
  return { document, authors, source };
}

export type DocumentSource = NonNullable<Awaited<ReturnType<typeof getDocumentSource>>>;
export type SourceMeta = NonNullable<DocumentSource['source']>;

/** Every page or section of a source, in order. */
export async function listSourceUnits(sourceId: number) {
  return db
    .select({ seq: sourceTexts.seq, label: sourceTexts.label, firstParagraph: sourceTexts.firstParagraph, text: sourceTexts.text })
    .from(sourceTexts)
    .where(eq(sourceTexts.sourceId, sourceId))
    .orderBy(asc(sourceTexts.seq))
    .all();
}

/** A quote of `documentId` by its passage id, or null (unknown, or of another document). */
export async function getPassageOf(documentId: number, passageId: number) {
  return (
    db
      .select({ id: passages.id, quote: passages.quote, locator: passages.locator, role: passages.role })
      .from(passages)
      .where(and(eq(passages.id, passageId), eq(passages.documentId, documentId)))
      .get() ?? null
  );
}

/** The stored file of a document's current source, for download. */
export async function getSourceFile(documentSlug: string) {
  return (
    db
      .select({
        fileName: sources.fileName,
        mediaType: sources.mediaType,
        kind: sources.kind,
        sha256: sources.sha256,
        redistribute: sources.redistribute,
        bytes: sourceFiles.bytes,
      })
      .from(sources)
      .innerJoin(documents, eq(documents.id, sources.documentId))
      .innerJoin(sourceFiles, eq(sourceFiles.sourceId, sources.id))
      .where(and(eq(documents.slug, documentSlug), isCurrent))
      .get() ?? null
  );
}

export type SourceTextHit = {
  documentSlug: string;
  title: string;
  date: string;
  type: DocumentType;
  authors: string;
  seq: number;
  label: string | null;
  unitKind: 'page' | 'section';
  /** Excerpt with matches wrapped in [[ and ]] (lib/search/search-query.ts#splitHighlights). */
  snippet: string;
};

/** Pages (or sections) of current sources whose text matches `q`, best first (BM25); at most `limit`. */
export async function searchSourceTexts(q: string, limit = 30): Promise<SourceTextHit[]> {
  const match = toFtsQuery(q);
  if (!match) return [];
  return db.all<SourceTextHit>(sql`
    SELECT d.slug AS documentSlug, d.title AS title, d.date AS date, d.type AS type,
           coalesce((SELECT group_concat(a.name, ', ') FROM document_authors da JOIN actors a ON a.id = da.actor_id WHERE da.document_id = d.id), '') AS authors,
           t.seq AS seq, t.label AS label, s.unit_kind AS unitKind,
           snippet(source_text_search, 0, '[[', ']]', ' … ', 24) AS snippet
    FROM source_text_search
    JOIN source_texts t ON t.id = source_text_search.rowid
    JOIN sources s ON s.id = t.source_id
    JOIN documents d ON d.id = s.document_id
    WHERE source_text_search MATCH ${match} AND NOT EXISTS (SELECT 1 FROM sources later WHERE later.supersedes_id = s.id)
    ORDER BY rank, d.slug, t.seq
    LIMIT ${limit}`);
}

/** Slugs of the documents that have a stored source: one small read per content version. */
export const listSourcedDocumentSlugs = memoByContentVersion(
  async (): Promise<ReadonlySet<string>> =>
    new Set(db.all<{ slug: string }>(sql`SELECT DISTINCT d.slug FROM sources s JOIN documents d ON d.id = s.document_id`).map((r) => r.slug)),
);
