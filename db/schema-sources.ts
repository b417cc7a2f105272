/**
 * Stored source documents (issue 21): the file of a document, its text per page or section, and — in the migration —
 * an FTS5 index over that text. Kept apart from db/schema.ts (drizzle.config.ts lists both) so the source tables have
 * one home. Append-only like codings: a replaced source is superseded by a new row, never updated or deleted, so a
 * file someone attached is never lost. Written only by db/write/sources.ts.
 */
import { sql } from 'drizzle-orm';
import { blob, check, foreignKey, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { SOURCE_KINDS, SOURCE_PROVENANCES, SOURCE_UNITS } from '@/lib/sources/vocabulary';
import type { ExtractedSource } from '@/lib/sources/text-units';
import { documents, origins, proposals, WRITER_ROLES } from './schema';

const oneOf = (column: string, values: readonly string[]) => sql.raw(`${column} IN (${values.map((v) => `'${v}'`).join(', ')})`);

export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // No cascade: a document with a stored source cannot be deleted without deciding what happens to the file.
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    /** The source this one replaces; the current source of a document is the one nothing supersedes. */
    supersedesId: integer('supersedes_id'),
    kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
    mediaType: text('media_type').notNull(),
    fileName: text('file_name').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Hex SHA-256 of the stored bytes: what a reader compares with their own copy. */
    sha256: text('sha256').notNull(),
    /** Where the file was obtained (http/https), if it came from the web. */
    originalUrl: text('original_url'),
    /** YYYY-MM-DD: the day the file was obtained. */
    obtainedOn: text('obtained_on').notNull(),
    /** May the stored file be offered for download? Default on for official government and UN documents. */
    redistribute: integer('redistribute', { mode: 'boolean' }).notNull(),
    redistributionReason: text('redistribution_reason').notNull(),
    unitKind: text('unit_kind', { enum: SOURCE_UNITS }).notNull(),
    unitCount: integer('unit_count').notNull(),
    /** PDF pages without a text layer, as a JSON array of page numbers. */
    pagesWithoutText: text('pages_without_text', { mode: 'json' }).$type<number[]>().notNull(),
    extractor: text('extractor').notNull(),
    attachedAt: text('attached_at').notNull(),
    attachedByUserId: text('attached_by_user_id'),
    attachedByLabel: text('attached_by_label').notNull(),
    attachedByRole: text('attached_by_role', { enum: WRITER_ROLES }).notNull(),
    provenance: text('provenance', { enum: SOURCE_PROVENANCES }).notNull(),
    /** The reviewed proposal that attached it (desk), or null (command line). */
    proposalId: integer('proposal_id').references(() => proposals.id),
    /** Why it was attached or replaced. */
    reason: text('reason').notNull(),
    /** Provenance of a source a reviewed desk proposal attached ("proposal 12 by Eda Editor"); null from the command line. */
    originId: integer('origin_id').references(() => origins.id),
  },
  (t) => [
    foreignKey({ columns: [t.supersedesId], foreignColumns: [t.id] }),
    uniqueIndex('sources_supersedes_unique').on(t.supersedesId),
    index('sources_document_idx').on(t.documentId),
    check('sources_kind_check', oneOf('kind', SOURCE_KINDS)),
    check('sources_unit_kind_check', oneOf('unit_kind', SOURCE_UNITS)),
    check('sources_provenance_check', oneOf('provenance', SOURCE_PROVENANCES)),
    check('sources_role_check', oneOf('attached_by_role', WRITER_ROLES)),
    check('sources_sha256_check', sql`length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'`),
    check('sources_size_check', sql`size_bytes > 0`),
    check('sources_obtained_check', sql`obtained_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`),
    check('sources_units_check', sql`unit_count > 0`),
  ],
);

/** The stored bytes, apart from the metadata so that listing sources never reads a file. */
export const sourceFiles = sqliteTable('source_files', {
  sourceId: integer('source_id')
    .primaryKey()
    .references(() => sources.id),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
});

/** The text of one page (PDF) or section (DOCX, HTML, text); indexed by source_text_search (FTS5, see migration). */
export const sourceTexts = sqliteTable(
  'source_texts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    /** 1-based page or section number. */
    seq: integer('seq').notNull(),
    /** A PDF page's printed label when it differs from its number, or a section's heading. */
    label: text('label'),
    /** Number of the section's first paragraph in the whole source (sections only). */
    firstParagraph: integer('first_paragraph'),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('source_texts_source_seq_unique').on(t.sourceId, t.seq), check('source_texts_seq_check', sql`seq > 0`)],
);

/**
 * The file a pending desk proposal attaches (a source for a tracked document, or with a new document): checked and
 * read when proposed, kept here — not in `sources`, whose text is indexed for public search the moment it is written —
 * until a reviewer decides. Approving copies it into `sources` exactly as `npm run source:add` stores a file; a
 * rejected proposal keeps its file (nothing a person entered is lost). Append-only (triggers in the migration).
 */
export const proposalSources = sqliteTable(
  'proposal_sources',
  {
    proposalId: integer('proposal_id')
      .primaryKey()
      .references(() => proposals.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Hex SHA-256 of the bytes, computed by the write layer; the proposal's payload names the same hash. */
    sha256: text('sha256').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    /** The text as read when proposed (pages or sections), what the reviewer reads and what publishing stores. */
    extracted: text('extracted', { mode: 'json' }).$type<ExtractedSource>().notNull(),
    createdAt: text('created_at').notNull(),
  },
  () => [
    check('proposal_sources_sha256_check', sql`length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'`),
    check('proposal_sources_size_check', sql`size_bytes > 0`),
  ],
);

export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
export type SourceText = typeof sourceTexts.$inferSelect;
