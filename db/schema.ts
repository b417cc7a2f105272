import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, primaryKey, sqliteTable, sqliteView, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AuditAction, AuditEntity } from '@/lib/audit/events';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import { ACTOR_KINDS, CODING_REASONS, CONFIDENCE_LEVELS, DATE_PRECISIONS, DOCUMENT_TYPES, QUOTE_ROLES } from '@/lib/domain/vocabulary';

/** `col IN ('a', 'b')` for a CHECK built from a vocabulary defined once in lib/. */
function oneOf(column: string, values: readonly string[]) {
  return sql.raw(`${column} IN (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`);
}

export const codebookDimensions = sqliteTable('codebook_dimensions', {
  key: text('key').primaryKey(),
  question: text('question').notNull(),
  position: integer('position').notNull(),
  version: text('version').notNull(),
});

export const codebookValues = sqliteTable(
  'codebook_values',
  {
    dimensionKey: text('dimension_key')
      .notNull()
      .references(() => codebookDimensions.key, { onDelete: 'cascade' }),
    value: text('value').notNull(),
    label: text('label').notNull(),
    definition: text('definition').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dimensionKey, t.value] })],
);

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// provenance — where a row of the record came from: an import of a named release from a folder, or a desk proposal
// by a user. Every published row points at the origin that created it (`origin_id`); rows that are corrected in
// place (actors, documents, readings) also point at the origin of their current field values (`revision_origin_id`,
// null until first revised). The import decides what it may change from these columns, never from a label.
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

export const ORIGIN_KINDS = ['import', 'desk'] as const;

export const origins = sqliteTable(
  'origins',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ORIGIN_KINDS }).notNull(),
    /** How the origin reads in the desk: "import of seed (release 1.2)", "proposal 17 by Eda Editor". */
    label: text('label').notNull(),
    at: text('at').notNull(),
    /** import: the folder, as given on the command line. */
    source: text('source'),
    /** import: the dataset release and version hash it brought (seed/meta.json). */
    datasetRelease: text('dataset_release'),
    datasetVersion: text('dataset_version'),
    /** desk: the proposal that was published, and its author. */
    proposalId: integer('proposal_id'),
    userId: text('user_id'),
  },
  (t) => [
    check('origins_kind_check', oneOf('kind', ORIGIN_KINDS)),
    // A desk origin names its proposal, except rows published before provenance was recorded whose proposal is unknown.
    check('origins_shape_check', sql`kind = 'desk' OR (proposal_id IS NULL AND user_id IS NULL)`),
    uniqueIndex('origins_proposal_unique').on(t.proposalId),
  ],
);

/** Where a row came from (the origin that created it). */
const originId = () => integer('origin_id').references(() => origins.id);
/** Where its current field values came from, when revised after creation. */
const revisionOriginId = () => integer('revision_origin_id').references(() => origins.id);

export const actors = sqliteTable(
  'actors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ACTOR_KINDS }).notNull(),
    iso3: text('iso3'),
    region: text('region'),
    subregion: text('subregion'),
    unRegionalGroup: text('un_regional_group'),
    originId: originId(),
    revisionOriginId: revisionOriginId(),
  },
  (t) => [
    uniqueIndex('actors_slug_unique').on(t.slug),
    index('actors_kind_region_idx').on(t.kind, t.region),
    check('actors_kind_check', oneOf('kind', ACTOR_KINDS)),
    check('actors_iso3_check', sql`iso3 IS NULL OR (length(iso3) = 3 AND iso3 = upper(iso3))`),
    check('actors_state_iso3_check', sql`kind <> 'state' OR iso3 IS NOT NULL`),
  ],
);

export const memberships = sqliteTable(
  'memberships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    groupId: integer('group_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    originId: originId(),
  },
  (t) => [
    index('memberships_group_idx').on(t.groupId, t.fromDate),
    index('memberships_member_idx').on(t.memberId),
    check('memberships_dates_check', sql`to_date IS NULL OR to_date >= from_date`),
    check('memberships_not_self_check', sql`member_id <> group_id`),
  ],
);

export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The dataset record id, stable across dataset versions. */
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    titleOriginal: text('title_original'),
    /** As written: YYYY, YYYY-MM or YYYY-MM-DD (TEXT sorts correctly). */
    date: text('date').notNull(),
    datePrecision: text('date_precision', { enum: DATE_PRECISIONS }).notNull(),
    /** Last day of the date's period: the day from which the document counts in as-of views. */
    effectiveDate: text('effective_date').notNull(),
    year: integer('year').notNull(),
    type: text('type', { enum: DOCUMENT_TYPES }).notNull(),
    venue: text('venue').notNull(),
    url: text('url'),
    archiveUrl: text('archive_url'),
    language: text('language'),
    originId: originId(),
    revisionOriginId: revisionOriginId(),
  },
  (t) => [
    uniqueIndex('documents_slug_unique').on(t.slug),
    index('documents_effective_idx').on(t.effectiveDate),
    check('documents_precision_check', oneOf('date_precision', DATE_PRECISIONS)),
    check('documents_type_check', oneOf('type', DOCUMENT_TYPES)),
    check('documents_date_check', sql`date GLOB '[0-9][0-9][0-9][0-9]*' AND length(date) IN (4, 7, 10)`),
  ],
);

export const DOCUMENT_REVISION_KINDS = ['correction', 'withdrawal'] as const;

/**
 * The history of a document's own fields (append-only, like codings): each correction of title, date, type, venue,
 * URLs, authors, summary or notes, and a withdrawal, with the record before and after and the reason. A withdrawn
 * document keeps its row (its id stays taken, so no import or proposal brings it back unnoticed), its codings and
 * passages; its authors leave `document_authors` (kept here, in `before`), so every public read — which all reach
 * documents through their authors — drops it at once, with no filter to forget in each query.
 */
export const documentRevisions = sqliteTable(
  'document_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: DOCUMENT_REVISION_KINDS }).notNull(),
    /** The fields and the authors' readings before and after (null after a withdrawal). */
    before: text('before', { mode: 'json' }).$type<unknown>().notNull(),
    after: text('after', { mode: 'json' }).$type<unknown>(),
    /** The editor's reason (shown publicly) or the import's. */
    reason: text('reason').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    originId: integer('origin_id')
      .notNull()
      .references(() => origins.id),
  },
  (t) => [
    index('document_revisions_document_idx').on(t.documentId, t.createdAt),
    check('document_revisions_kind_check', oneOf('kind', DOCUMENT_REVISION_KINDS)),
  ],
);

/**
 * Who issued a document (joint statements have several authors), with our reading of it for that actor:
 * present even when nothing is coded yet, so a tracked-but-uncoded document still shows.
 */
export const documentAuthors = sqliteTable(
  'document_authors',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    summary: text('summary').notNull(),
    notes: text('notes'),
    confidence: text('confidence', { enum: CONFIDENCE_LEVELS }),
    verifiedFrom: text('verified_from', { mode: 'json' }).$type<string[]>().notNull(),
    originId: originId(),
    revisionOriginId: revisionOriginId(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.actorId] }),
    index('document_authors_actor_idx').on(t.actorId),
    check('document_authors_confidence_check', sql`confidence IS NULL OR ${oneOf('confidence', CONFIDENCE_LEVELS)}`),
  ],
);

export const passages = sqliteTable(
  'passages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    quote: text('quote').notNull(),
    locator: text('locator').notNull(),
    // --- dataset 1.1 (quote_role) ---
    /** `due_diligence`: the actor's wording on due diligence; `context`: a neighbouring passage, labelled as such. */
    role: text('role', { enum: QUOTE_ROLES }),
  },
  (t) => [uniqueIndex('passages_document_quote_unique').on(t.documentId, t.quote, t.locator), check('passages_quote_check', sql`length(trim(quote)) > 0`)],
);

/**
 * Append-only: a correction is a new row whose `supersedes_id` points at the row it replaces; the current coding
 * is the one nothing supersedes. A trigger in the migration refuses UPDATE.
 */
export const codings = sqliteTable(
  'codings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    // The enum types the column as DimensionKey (SQLite has no enum; the foreign key to codebook_dimensions checks it).
    dimensionKey: text('dimension_key', { enum: DIMENSION_KEYS })
      .notNull()
      .references(() => codebookDimensions.key),
    /** Null for free-text-only dimensions, for words recorded before a value is coded, and for a withdrawal. */
    value: text('value'),
    freeText: text('free_text'),
    summary: text('summary').notNull(),
    confidence: text('confidence', { enum: CONFIDENCE_LEVELS }).notNull(),
    confidenceReason: text('confidence_reason'),
    verifiedFrom: text('verified_from', { mode: 'json' }).$type<string[]>().notNull(),
    codebookVersion: text('codebook_version').notNull(),
    supersedesId: integer('supersedes_id'),
    createdAt: text('created_at').notNull(),
    // --- dataset 1.1: why this row exists, so a correction of our coding never reads as a change of position ---
    /** 'original' (first coding), 'correction' (supersedes a row with new content), 'withdrawal' (no longer coded). */
    reason: text('reason', { enum: CODING_REASONS }).notNull().default('original'),
    /** Free text: what was corrected and why (e.g. "dataset 1.1: codebook 1.1.0 recode"). */
    reasonNote: text('reason_note'),
    /** Who wrote the row, as shown: the editor's name, or "import:<dir>". Decisions read `origin_id`, never this. */
    createdBy: text('created_by'),
    originId: originId(),
  },
  (t) => [
    foreignKey({ columns: [t.dimensionKey, t.value], foreignColumns: [codebookValues.dimensionKey, codebookValues.value] }),
    foreignKey({ columns: [t.supersedesId], foreignColumns: [t.id] }).onDelete('cascade'),
    uniqueIndex('codings_supersedes_unique').on(t.supersedesId),
    index('codings_actor_dimension_idx').on(t.actorId, t.dimensionKey),
    index('codings_document_idx').on(t.documentId, t.actorId),
    index('codings_dimension_value_idx').on(t.dimensionKey, t.value),
    check('codings_confidence_check', oneOf('confidence', CONFIDENCE_LEVELS)),
  ],
);

/** The current coding of each document × actor × dimension: the rows nothing supersedes (one definition, in SQL). */
export const currentCodings = sqliteView('current_codings').as((qb) =>
  qb
    .select()
    .from(codings)
    .where(sql`NOT EXISTS (SELECT 1 FROM codings later WHERE later.supersedes_id = ${codings.id})`),
);

export const codingPassages = sqliteTable(
  'coding_passages',
  {
    codingId: integer('coding_id')
      .notNull()
      .references(() => codings.id, { onDelete: 'cascade' }),
    passageId: integer('passage_id')
      .notNull()
      .references(() => passages.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.codingId, t.passageId] }), index('coding_passages_passage_idx').on(t.passageId)],
);

/** Scholarship about positions: "further reading", never counted as a position. */
export const literature = sqliteTable('literature', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  authors: text('authors', { mode: 'json' }).$type<string[] | null>(),
  institution: text('institution'),
  date: text('date'),
  type: text('type').notNull(),
  url: text('url'),
  view: text('view'),
  summary: text('summary').notNull(),
  note: text('note'),
  originId: originId(),
});

export const literatureActors = sqliteTable(
  'literature_actors',
  {
    literatureId: integer('literature_id')
      .notNull()
      .references(() => literature.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.literatureId, t.actorId] }), index('literature_actors_actor_idx').on(t.actorId)],
);

/** The dataset_meta key holding the dataset's release notes (its CHANGELOG.md, Markdown). */
export const RELEASE_NOTES_KEY = 'release_notes';

/** Facts about the loaded dataset (version hash, conversion date, codebook version, release notes). */
export const datasetMeta = sqliteTable('dataset_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type Actor = typeof actors.$inferSelect;
export type NewActor = typeof actors.$inferInsert;
export type Membership = typeof memberships.$inferSelect;
export type Document = typeof documents.$inferSelect;
export type NewDocument = typeof documents.$inferInsert;
export type DocumentAuthor = typeof documentAuthors.$inferSelect;
export type Passage = typeof passages.$inferSelect;
export type Coding = typeof codings.$inferSelect;
export type NewCoding = typeof codings.$inferInsert;
export type Literature = typeof literature.$inferSelect;
export type Origin = typeof origins.$inferSelect;
export type DocumentRevision = typeof documentRevisions.$inferSelect;

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// auth — accounts, sessions and sign-in rate limits, owned by better-auth (server/auth/). Property names are the
// field names better-auth expects; only better-auth writes these tables (users are created by `npm run user:add`
// or by an admin on /editor/users). Roles are the admin plugin's `role` column: editor, reviewer or admin.
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

export const authUsers = sqliteTable('auth_user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
  image: text('image'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  role: text('role'),
  banned: integer('banned', { mode: 'boolean' }).default(false),
  banReason: text('ban_reason'),
  banExpires: integer('ban_expires', { mode: 'timestamp_ms' }),
});

/** One row per signed-in browser; deleting the row (sign-out, admin revoke) ends that session at once. */
export const authSessions = sqliteTable(
  'auth_session',
  {
    id: text('id').primaryKey(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => authUsers.id, { onDelete: 'cascade' }),
    impersonatedBy: text('impersonated_by'),
  },
  (t) => [index('auth_session_user_idx').on(t.userId)],
);

/** The credential: better-auth stores the password hash (scrypt) here, never the password. */
export const authAccounts = sqliteTable(
  'auth_account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => authUsers.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: integer('access_token_expires_at', { mode: 'timestamp_ms' }),
    refreshTokenExpiresAt: integer('refresh_token_expires_at', { mode: 'timestamp_ms' }),
    scope: text('scope'),
    password: text('password'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('auth_account_user_idx').on(t.userId)],
);

export const authVerifications = sqliteTable(
  'auth_verification',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('auth_verification_identifier_idx').on(t.identifier)],
);

/** Sign-in attempts per client and path, so the limit holds across restarts and processes. */
export const authRateLimits = sqliteTable('auth_rate_limit', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: integer('last_request').notNull(),
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// editorial — proposals, review settings, the audit log and the data version. Written only by db/write/ (one write
// layer, which checks the role of whoever writes). audit_log is append-only: triggers in the migration refuse UPDATE
// and DELETE, so the history of who changed what cannot be rewritten, not even by --replace.
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

/** `attach_source`: the source file of a tracked document, kept with the proposal until review (db/schema-sources.ts). */
export const PROPOSAL_KINDS = ['new_document', 'coding', 'correction', 'withdrawal', 'attach_source', 'document_correction', 'document_withdrawal'] as const;
export const PROPOSAL_STATUSES = ['pending', 'rejected', 'published'] as const;
export const WRITER_ROLES = ['editor', 'reviewer', 'admin', 'system'] as const;

/** A change an editor asks for; it touches the public record only when a reviewer approves (and so publishes) it. */
export const proposals = sqliteTable(
  'proposals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: PROPOSAL_KINDS }).notNull(),
    status: text('status', { enum: PROPOSAL_STATUSES }).notNull().default('pending'),
    /** The validated payload (lib/editorial/payloads.ts), as JSON. */
    payload: text('payload', { mode: 'json' }).$type<unknown>().notNull(),
    /** The editor's reason for the change. */
    reason: text('reason').notNull(),
    authorUserId: text('author_user_id'),
    authorLabel: text('author_label').notNull(),
    createdAt: text('created_at').notNull(),
    reviewerUserId: text('reviewer_user_id'),
    reviewerLabel: text('reviewer_label'),
    reviewReason: text('review_reason'),
    reviewedAt: text('reviewed_at'),
    /** What publishing created, e.g. {"documentSlug": "...", "codingIds": [..]}. */
    result: text('result', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [
    index('proposals_status_idx').on(t.status, t.createdAt),
    check('proposals_kind_check', oneOf('kind', PROPOSAL_KINDS)),
    check('proposals_status_check', oneOf('status', PROPOSAL_STATUSES)),
  ],
);

/** Desk settings (e.g. allow_self_review for a one-person team); every change is audited. */
export const editorialSettings = sqliteTable('editorial_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Who did what, when, to which record, with the record before and after, and why. Append-only (trigger). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    // Who wrote (the Writer); the columns keep their first names, from before "actor" meant only a State or organisation.
    writerUserId: text('actor_user_id'),
    writerLabel: text('actor_label').notNull(),
    writerRole: text('actor_role', { enum: WRITER_ROLES }).notNull(),
    /** The event kind, one of lib/audit/events.ts (each with its own schema for entity id, before and after). */
    action: text('action').$type<AuditAction>().notNull(),
    /** Table-like name of what changed: proposal, document, coding, actor, dataset, setting, user. */
    entity: text('entity').$type<AuditEntity>().notNull(),
    entityId: text('entity_id'),
    before: text('before', { mode: 'json' }).$type<unknown>(),
    after: text('after', { mode: 'json' }).$type<unknown>(),
    reason: text('reason').notNull(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    check('audit_log_role_check', oneOf('actor_role', WRITER_ROLES)),
  ],
);

/**
 * One row (id = 1) whose version goes up in every transaction that changes published data (publish, import), and
 * never on sign-in or proposals. Other processes compare it cheaply to know their caches are stale.
 */
export const dataVersion = sqliteTable(
  'data_version',
  {
    id: integer('id').primaryKey(),
    version: integer('version').notNull(),
    changedAt: text('changed_at').notNull(),
  },
  () => [check('data_version_single_row', sql`id = 1`)],
);

export type Proposal = typeof proposals.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
