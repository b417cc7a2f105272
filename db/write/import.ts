/**
 * Importing a seed directory (npm run db:seed -- <dir>): adds and corrects, never deletes. A record missing from the
 * import is left alone; a coding an editor published is never superseded by an import; everything runs in one
 * transaction with an audit trail (who = 'import:<dir>'). `--replace` empties the published tables first, and is
 * refused while that would discard editor work. The audit log is never emptied.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { RELEASE_NOTES_KEY, actors, datasetMeta, documentAuthors, documents, literature, literatureActors, memberships } from '@/db/schema';
import { type DimensionKey, DIMENSIONS, isFreeTextDimension, valueLabel } from '@/lib/domain/codebook';
import type { ActorFile, DocumentRecord, LiteratureRecord, Seed } from '@/lib/dataset/seed-schema';
import { appendAudit } from './audit';
import { inWriteTransaction, type WriteContext, type WriteOptions } from './context';
import { ImportRefusedError } from './errors';
import { appendCoding, currentCoding, documentRow, ensurePassage, rebuildSearchIndex, writeCodebook } from './records';
import { bumpDataVersion } from './version';
import { deskRowCount, isDeskOrigin, lazyOrigin } from './origins';
import { authorize } from './writer';

type Counts = { added: number; updated: number; unchanged: number };
export type ImportReport = {
  actors: Counts & { leftAlone: number };
  documents: Counts & { leftAlone: number };
  memberships: { added: number; updated: number };
  /** Document × author readings (summary, notes, confidence, sources) corrected. */
  readingsUpdated: number;
  codings: { added: number; unchanged: number; keptEditorWork: number };
  literature: Counts;
  replaced: boolean;
  /** What the import created, listed in its one summary audit row (one audit row per created row would bloat the log). */
  created: { actors: string[]; documents: string[]; memberships: number[]; codings: number[]; literature: string[] };
  /** The data version after the import (unchanged when the import changed nothing). */
  dataVersion: number | null;
};

/** The write request of an import; `replace` empties the published tables first. */
export type ImportOptions = WriteOptions & { replace?: boolean; source?: string };

const zero = (): Counts => ({ added: 0, updated: 0, unchanged: 0 });

/** An import that keeps fewer than this share of an actor's (or, with --replace, the database's) documents is refused. */
const DEGENERATE_SHARE = 0.5;

function count(tx: Db, table: string): number {
  return tx.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`)).n;
}

/** The origin of a row's current field values: the desk's are an editor's work, which an import never rewrites. */
const fieldsByDesk = (tx: Db, row: { originId: number | null; revisionOriginId: number | null }) => isDeskOrigin(tx, row.revisionOriginId ?? row.originId);

/** Editor work still in the database (rows the desk created or revised). */
export const editorWorkCount = (tx: Db) => deskRowCount(tx);

/** An import's transaction context: the write context, and its origin (recorded on first use). */
type ImportContext = WriteContext & { origin: () => number };

/** Refuses imports that look like mistakes, before anything is written. */
function refuseDegenerate(tx: Db, seed: Seed, replace: boolean): void {
  if (seed.actors.length === 0) throw new ImportRefusedError('The import holds no actors (an empty or wrong folder?); nothing was written.');
  const importedDocs = new Set(seed.actors.flatMap((a) => a.documents.map((d) => d.id)));
  if (replace) {
    const work = editorWorkCount(tx);
    if (work > 0) {
      throw new ImportRefusedError(
        `--replace would discard ${work} record${work === 1 ? '' : 's'} published through the editorial desk; nothing was written. ` +
          'Export the database first (npm run data:export -- <dir>) and import without --replace.',
      );
    }
    // Stored source files (issue 21) are append-only and keep their documents: never emptied by a replacement.
    const stored = count(tx, 'sources');
    if (stored > 0) {
      throw new ImportRefusedError(
        `--replace would discard ${stored} stored source file${stored === 1 ? '' : 's'} (npm run source:add, the desk); nothing was written. Import without --replace.`,
      );
    }
    // A document's history of corrections is append-only: emptying the documents would have to erase it.
    const revisions = count(tx, 'document_revisions');
    if (revisions > 0) {
      throw new ImportRefusedError(
        `--replace would erase the history of ${revisions} document correction${revisions === 1 ? '' : 's'} or withdrawal${revisions === 1 ? '' : 's'}; ` +
          'nothing was written. Import without --replace: it adds and corrects, and never deletes.',
      );
    }
    const [dbActors, dbDocs] = [count(tx, 'actors'), count(tx, 'documents')];
    if (seed.actors.length < dbActors * DEGENERATE_SHARE || importedDocs.size < dbDocs * DEGENERATE_SHARE) {
      throw new ImportRefusedError(
        `--replace with far fewer records than the database (${seed.actors.length} of ${dbActors} actors, ${importedDocs.size} of ${dbDocs} documents) ` +
          'looks like a truncated or wrong folder; nothing was written.',
      );
    }
    return;
  }
  // A folder may hold only some actors (they are added, the rest left alone); but an actor's file that lost most of
  // the documents the database holds for it is a truncated file, whose records would otherwise be half-corrected.
  for (const a of seed.actors) {
    // Only what earlier imports brought counts: documents an editor published for this actor are never "missing".
    const held = tx
      .all<{ slug: string }>(
        sql`SELECT d.slug FROM documents d JOIN document_authors da ON da.document_id = d.id JOIN actors a ON a.id = da.actor_id
            JOIN origins o ON o.id = da.origin_id WHERE a.slug = ${a.slug} AND o.kind = 'import'`,
      )
      .map((r) => r.slug);
    const missing = held.filter((s) => !importedDocs.has(s));
    if (held.length >= 2 && held.length - missing.length < held.length * DEGENERATE_SHARE) {
      throw new ImportRefusedError(
        `actors/${a.slug}.json holds ${held.length - missing.length} of the ${held.length} documents the database has for "${a.slug}" ` +
          `(missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}); it looks truncated, so nothing was written.`,
      );
    }
  }
}

function clearPublishedTables(tx: Db): void {
  // Children first; the audit log, proposals and settings are not published data and are kept.
  for (const t of [
    'search_index',
    'coding_passages',
    'codings',
    'passages',
    'document_authors',
    'documents',
    'memberships',
    'literature_actors',
    'literature',
    'actors',
    'dataset_meta',
  ]) {
    tx.run(sql.raw(`DELETE FROM ${t}`));
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** True when `existing` already holds every field of `next` (key order does not matter; extra columns are ignored). */
const holds = (existing: Record<string, unknown>, next: Record<string, unknown>) => Object.keys(next).every((k) => same(existing[k] ?? null, next[k] ?? null));

function importActors(ctx: ImportContext, seed: Seed, report: ImportReport): Map<string, number> {
  const { tx } = ctx;
  const ids = new Map(
    tx
      .select({ slug: actors.slug, id: actors.id })
      .from(actors)
      .all()
      .map((a) => [a.slug, a.id]),
  );
  for (const a of seed.actors) {
    const row = { slug: a.slug, name: a.name, kind: a.kind, iso3: a.iso3, region: a.region, subregion: a.subregion, unRegionalGroup: a.un_regional_group };
    const existing = tx.select().from(actors).where(eq(actors.slug, a.slug)).get();
    if (!existing) {
      const inserted = tx
        .insert(actors)
        .values({ ...row, originId: ctx.origin() })
        .returning()
        .get();
      ids.set(a.slug, inserted.id);
      report.actors.added += 1;
      report.created.actors.push(a.slug);
    } else if (holds(existing, row) || fieldsByDesk(tx, existing)) {
      report.actors.unchanged += 1;
    } else {
      const updated = tx
        .update(actors)
        .set({ ...row, revisionOriginId: ctx.origin() })
        .where(eq(actors.id, existing.id))
        .returning()
        .get();
      report.actors.updated += 1;
      appendAudit(ctx, { action: 'import', entity: 'actor', entityId: a.slug, before: existing, after: updated });
    }
  }
  report.actors.leftAlone = ids.size - seed.actors.length;
  return ids;
}

/** Adds memberships the import lists and corrects their end date; a membership the import lacks stays. */
function importMemberships(ctx: ImportContext, a: ActorFile, ids: Map<string, number>, report: ImportReport): void {
  const { tx } = ctx;
  const memberId = ids.get(a.slug)!;
  for (const m of a.memberships) {
    const groupId = ids.get(m.group);
    if (groupId === undefined) throw new Error(`actors/${a.slug}.json: membership of unknown actor "${m.group}"`);
    const existing = tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.memberId, memberId), eq(memberships.groupId, groupId), eq(memberships.fromDate, m.from)))
      .get();
    if (!existing) {
      const row = tx.insert(memberships).values({ memberId, groupId, fromDate: m.from, toDate: m.to, originId: ctx.origin() }).returning().get();
      report.memberships.added += 1;
      report.created.memberships.push(row.id);
    } else if (existing.toDate !== m.to) {
      tx.update(memberships).set({ toDate: m.to }).where(eq(memberships.id, existing.id)).run();
      report.memberships.updated += 1;
      appendAudit(ctx, { action: 'import', entity: 'membership', entityId: existing.id, before: existing, after: { ...existing, toDate: m.to } });
    }
  }
}

type Content = {
  value: string | null;
  freeText: string | null;
  summary: string;
  confidence: 'high' | 'medium' | 'low';
  confidenceReason: string | null;
  verifiedFrom: string[];
  passageIds: number[];
};

/** What a record says on one dimension, or null when that dimension is not coded in it. */
function contentFor(r: DocumentRecord, key: DimensionKey, passageIds: number[]): Content | null {
  const c = r.codings as Record<string, string | undefined>;
  const value = isFreeTextDimension(key) ? null : (c[key] ?? null);
  const freeText = key === 'threshold' ? (c.threshold_text ?? null) : isFreeTextDimension(key) ? (c[key] ?? null) : null;
  if (value === null && freeText === null) return null;
  // Dataset 1.1: a dimension listed in coding_confidence carries its own level; the others take the record's.
  return {
    value,
    freeText,
    summary: r.summary,
    confidence: r.coding_confidence[key] ?? r.confidence!,
    confidenceReason: r.notes,
    verifiedFrom: r.verified_from,
    passageIds,
  };
}

function sameContent(a: Content, b: Content): boolean {
  return (
    a.value === b.value &&
    a.freeText === b.freeText &&
    a.summary === b.summary &&
    a.confidence === b.confidence &&
    a.confidenceReason === b.confidenceReason &&
    same(a.verifiedFrom, b.verifiedFrom) &&
    same([...a.passageIds].sort(), [...b.passageIds].sort())
  );
}

/** Says what a correction changed, for the evidence history (the earlier row keeps the earlier value). */
function correctionNote(key: DimensionKey, before: Content, after: Content): string {
  const what: string[] = [];
  const label = (v: string | null) => (v === null ? '(no value)' : valueLabel(key, v));
  if (before.value !== after.value) what.push(`value ${label(before.value)} → ${label(after.value)}`);
  if (before.freeText !== after.freeText) what.push('words');
  if (before.confidence !== after.confidence) what.push(`confidence ${before.confidence} → ${after.confidence}`);
  if (!same([...before.passageIds].sort(), [...after.passageIds].sort())) what.push('quote');
  if (before.summary !== after.summary || before.confidenceReason !== after.confidenceReason) what.push('summary or notes');
  if (!same(before.verifiedFrom, after.verifiedFrom)) what.push('sources');
  return what.join('; ') || 'evidence';
}

function importCodings(
  ctx: ImportContext,
  target: { documentId: number; actorId: number; passageIds: number[] },
  r: DocumentRecord,
  report: ImportReport,
): void {
  const { tx, by, why, now } = ctx;
  const { documentId, actorId, passageIds } = target;
  for (const d of DIMENSIONS) {
    const next = contentFor(r, d.key, passageIds);
    const current = currentCoding(tx, documentId, actorId, d.key);
    const currentIsWithdrawal = current !== null && current.row.value === null && current.row.freeText === null;
    if (next === null && (current === null || currentIsWithdrawal)) continue;
    if (next !== null && current !== null && sameContent(next, { ...current.row, passageIds: current.passageIds })) {
      report.codings.unchanged += 1;
      continue;
    }
    // An editor's published coding is newer knowledge than the dataset file: keep it, and say so in the report.
    if (current !== null && isDeskOrigin(tx, current.row.originId)) {
      report.codings.keptEditorWork += 1;
      continue;
    }
    // A dimension that was coded and no longer is: keep the old evidence, record the withdrawal.
    const old = current?.row;
    const content: Content = next ?? {
      value: null,
      freeText: null,
      summary: old!.summary,
      confidence: old!.confidence,
      confidenceReason: old!.confidenceReason,
      verifiedFrom: old!.verifiedFrom,
      passageIds: [],
    };
    const reason = current === null ? 'original' : next === null ? 'withdrawal' : 'correction';
    const row = appendCoding(tx, {
      documentId,
      actorId,
      dimensionKey: d.key,
      ...content,
      supersedesId: current?.row.id ?? null,
      createdAt: now,
      reason,
      reasonNote:
        reason === 'original'
          ? null
          : next === null
            ? `${why}: no longer coded`
            : `${why}: ${correctionNote(d.key, { ...current!.row, passageIds: current!.passageIds }, next)}`,
      createdBy: by.label,
      originId: ctx.origin(),
    });
    report.codings.added += 1;
    // New rows are listed by id in the import's summary row; a row that supersedes another is audited like an edit.
    if (current) appendAudit(ctx, { action: 'import', entity: 'coding', entityId: row.id, before: current.row, after: row });
    else report.created.codings.push(row.id);
  }
}

function importDocument(ctx: ImportContext, r: DocumentRecord, ids: Map<string, number>, report: ImportReport): void {
  const { tx } = ctx;
  const fields = documentRow({
    slug: r.id,
    title: r.title,
    titleOriginal: r.title_original,
    date: r.date,
    type: r.type,
    venue: r.venue,
    url: r.url,
    archiveUrl: r.archive_url,
    language: r.language,
  });
  const existing = tx.select().from(documents).where(eq(documents.slug, r.id)).get();
  let documentId: number;
  if (!existing) {
    const row = tx
      .insert(documents)
      .values({ ...fields, originId: ctx.origin() })
      .returning()
      .get();
    documentId = row.id;
    report.documents.added += 1;
    report.created.documents.push(r.id);
  } else {
    documentId = existing.id;
    if (holds(existing, fields) || fieldsByDesk(tx, existing)) report.documents.unchanged += 1;
    else {
      const row = tx
        .update(documents)
        .set({ ...fields, revisionOriginId: ctx.origin() })
        .where(eq(documents.id, existing.id))
        .returning()
        .get();
      report.documents.updated += 1;
      appendAudit(ctx, { action: 'import', entity: 'document', entityId: r.id, before: existing, after: row });
    }
  }
  const passageIds = r.quote !== null && r.quote_locator !== null ? [ensurePassage(tx, documentId, r.quote, r.quote_locator, r.quote_role)] : [];
  for (const author of r.authors) {
    const actorId = ids.get(author);
    if (actorId === undefined) throw new Error(`document "${r.id}": unknown author "${author}"`);
    const reading = { summary: r.summary, notes: r.notes, confidence: r.confidence, verifiedFrom: r.verified_from };
    const current = tx
      .select()
      .from(documentAuthors)
      .where(and(eq(documentAuthors.documentId, documentId), eq(documentAuthors.actorId, actorId)))
      .get();
    if (!current)
      tx.insert(documentAuthors)
        .values({ documentId, actorId, ...reading, originId: ctx.origin() })
        .run();
    else if (!holds(current, reading) && !fieldsByDesk(tx, current)) {
      report.readingsUpdated += 1;
      tx.update(documentAuthors)
        .set({ ...reading, revisionOriginId: ctx.origin() })
        .where(and(eq(documentAuthors.documentId, documentId), eq(documentAuthors.actorId, actorId)))
        .run();
      appendAudit(ctx, {
        action: 'import',
        entity: 'document_author',
        entityId: `${r.id}/${author}`,
        before: current,
        after: { ...current, ...reading },
      });
    }
    importCodings(ctx, { documentId, actorId, passageIds }, r, report);
  }
}

function importLiterature(ctx: ImportContext, items: LiteratureRecord[], ids: Map<string, number>, report: ImportReport): void {
  const { tx } = ctx;
  for (const l of items) {
    const row = {
      slug: l.id,
      title: l.title,
      authors: l.authors,
      institution: l.institution,
      date: l.date,
      type: l.type,
      url: l.url,
      view: l.view,
      summary: l.summary,
      note: l.note,
    };
    const existing = tx.select().from(literature).where(eq(literature.slug, l.id)).get();
    let id: number;
    if (!existing) {
      id = tx
        .insert(literature)
        .values({ ...row, originId: ctx.origin() })
        .returning({ id: literature.id })
        .get().id;
      report.literature.added += 1;
      report.created.literature.push(l.id);
    } else {
      id = existing.id;
      if (holds(existing, row)) report.literature.unchanged += 1;
      else {
        tx.update(literature).set(row).where(eq(literature.id, id)).run();
        report.literature.updated += 1;
        appendAudit(ctx, { action: 'import', entity: 'literature', entityId: l.id, before: existing, after: row });
      }
    }
    for (const a of l.about_actors) {
      const actorId = ids.get(a);
      if (actorId === undefined) throw new Error(`literature "${l.id}": unknown actor "${a}"`);
      tx.insert(literatureActors).values({ literatureId: id, actorId }).onConflictDoNothing().run();
    }
  }
}

/** Imports a validated seed in one transaction: on any error (or refusal) nothing is written. */
export function importSeed(options: ImportOptions, seed: Seed): ImportReport {
  authorize(options.by, 'import', options.why);
  const replace = options.replace ?? false;
  const report: ImportReport = {
    actors: { ...zero(), leftAlone: 0 },
    documents: { ...zero(), leftAlone: 0 },
    memberships: { added: 0, updated: 0 },
    readingsUpdated: 0,
    codings: { added: 0, unchanged: 0, keptEditorWork: 0 },
    literature: zero(),
    replaced: replace,
    created: { actors: [], documents: [], memberships: [], codings: [], literature: [] },
    dataVersion: null,
  };
  inWriteTransaction(options, (write) => {
    const { tx, by, now } = write;
    const source = options.source ?? by.label.replace(/^import:/, '');
    const ctx: ImportContext = {
      ...write,
      origin: lazyOrigin(write, { kind: 'import', source, datasetRelease: seed.meta.dataset_release ?? null, datasetVersion: seed.meta.dataset_version }),
    };
    refuseDegenerate(tx, seed, replace);
    if (replace) clearPublishedTables(tx);
    writeCodebook(tx);
    const ids = importActors(ctx, seed, report);
    for (const a of seed.actors) importMemberships(ctx, a, ids, report);
    const imported = new Set<string>();
    for (const a of seed.actors) {
      for (const r of a.documents) {
        importDocument(ctx, r, ids, report);
        imported.add(r.id);
      }
    }
    report.documents.leftAlone = count(tx, 'documents') - imported.size;
    importLiterature(ctx, seed.literature, ids, report);
    rebuildSearchIndex(tx);
    // Pages show the dataset's metadata (its version, its citation), so a change there is a content change too.
    const metaBefore = new Map(
      tx
        .select({ key: datasetMeta.key, value: datasetMeta.value })
        .from(datasetMeta)
        .all()
        .map((m) => [m.key, m.value]),
    );
    // The release notes (CHANGELOG.md) travel with the metadata, so an export gives them back; a folder without them keeps ours.
    const meta: Record<string, string> = { ...seed.meta, ...(seed.releaseNotes ? { [RELEASE_NOTES_KEY]: seed.releaseNotes } : {}) };
    const metaChanged = Object.entries(meta).some(([key, value]) => metaBefore.get(key) !== value);
    for (const [key, value] of Object.entries(meta)) {
      tx.insert(datasetMeta).values({ key, value }).onConflictDoUpdate({ target: datasetMeta.key, set: { value } }).run();
    }
    const changed =
      replace ||
      metaChanged ||
      report.actors.added +
        report.actors.updated +
        report.documents.added +
        report.documents.updated +
        report.memberships.added +
        report.memberships.updated +
        report.readingsUpdated +
        report.codings.added +
        report.literature.added +
        report.literature.updated >
        0;
    if (changed) {
      tx.insert(datasetMeta)
        .values({ key: 'seeded_at', value: now })
        .onConflictDoUpdate({ target: datasetMeta.key, set: { value: now } })
        .run();
      report.dataVersion = bumpDataVersion(tx, now);
    }
    appendAudit(ctx, { action: replace ? 'import.replace' : 'import', entity: 'dataset', entityId: by.label, after: report });
  });
  return report;
}
