/**
 * Importing a seed directory (npm run db:seed -- <dir>, npm run db:setup): every record goes through the one planner
 * (lib/dataset/plan.ts) against what the database holds, and its plan is carried out (carry-out.ts) — the same rules
 * and rows as publishing a proposal. Adds and corrects, never deletes; never changes an editor's work; refuses a
 * folder that looks wrong before writing anything. An import that finds nothing to change writes nothing: no origin,
 * no audit row, no search-index rebuild, no data-version bump (so no cache is emptied). `--replace` empties the
 * published tables first and is refused while that would discard editor work or history.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { datasetMeta } from '@/db/schema';
import { planRecord, type RecordPlan } from '@/lib/dataset/plan';
import { recordFromSeed } from '@/lib/dataset/seed-record';
import type { Seed } from '@/lib/dataset/seed-schema';
import { truncationProblem } from '@/lib/dataset/truncation';
import { appendAudit } from './audit';
import { carryOut } from './carry-out';
import { inWriteTransaction, type WriteOptions } from './context';
import { ImportRefusedError } from './errors';
import { type ImportContext, importActors, importCodebook, importLiterature, importMemberships, importMeta } from './import-catalogue';
import { emptyReport, tally, type ImportReport } from './import-report';
import { deskRowCount, lazyOrigin } from './origins';
import { actorIdsBySlug, readPublishedState } from './published-state';
import { rebuildSearchIndex } from './records';
import { bumpDataVersion } from './version';
import { authorize } from './writer';

export type { ImportReport } from './import-report';

/** The write request of an import. */
export type ImportOptions = WriteOptions & {
  /** Empty the published tables first (refused while that would discard editor work or history). */
  replace?: boolean;
  /** The folder, as shown in messages and recorded as the origin's source (default: from the writer's label). */
  source?: string;
  /** Import an actor file that lacks documents earlier imports brought, leaving those documents as they are. */
  keepMissing?: boolean;
};

/** With --replace, an import that keeps fewer than this share of the database's actors or documents is refused. */
const DEGENERATE_SHARE = 0.5;

const count = (tx: Db, table: string) => tx.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`)).n;

/** Editor work still in the database (rows the desk created or revised). */
export const editorWorkCount = (tx: Db) => deskRowCount(tx);

/** Refuses folders that look like mistakes, before anything is written; each message says what to do. */
function refuseDegenerate(tx: Db, seed: Seed, options: ImportOptions, folder: string): void {
  if (seed.actors.length === 0) throw new ImportRefusedError(`${folder} holds no actors (an empty or wrong folder?); nothing was written.`);
  const imported = new Set(seed.actors.flatMap((a) => a.documents.map((d) => d.id)));
  if (options.replace) {
    const work = editorWorkCount(tx);
    if (work > 0)
      throw new ImportRefusedError(
        `--replace would discard ${work} record${work === 1 ? '' : 's'} published through the editorial desk; nothing was written. ` +
          `Import without --replace (npm run db:seed -- ${folder}): it adds and corrects and keeps the desk's work.`,
      );
    // Stored source files (issue 21) are append-only and keep their documents: never emptied by a replacement.
    const stored = count(tx, 'sources');
    if (stored > 0)
      throw new ImportRefusedError(
        `--replace would discard ${stored} stored source file${stored === 1 ? '' : 's'} (npm run source:add, the desk); nothing was written. ` +
          `Import without --replace (npm run db:seed -- ${folder}).`,
      );
    const revisions = count(tx, 'document_revisions');
    if (revisions > 0)
      throw new ImportRefusedError(
        `--replace would erase the history of ${revisions} document correction${revisions === 1 ? '' : 's'} or withdrawal${revisions === 1 ? '' : 's'}; ` +
          `nothing was written. Import without --replace (npm run db:seed -- ${folder}): it adds and corrects, and never deletes.`,
      );
    const [dbActors, dbDocs] = [count(tx, 'actors'), count(tx, 'documents')];
    if (seed.actors.length < dbActors * DEGENERATE_SHARE || imported.size < dbDocs * DEGENERATE_SHARE)
      throw new ImportRefusedError(
        `--replace with far fewer records than the database (${folder}: ${seed.actors.length} of ${dbActors} actors, ${imported.size} of ${dbDocs} documents) ` +
          `looks like a truncated or wrong folder; nothing was written. To add the folder's records instead: npm run db:seed -- ${folder}`,
      );
    return;
  }
  if (options.keepMissing) return;
  // A folder may hold only some actors (the rest are left alone); but an actor file that lost most of what earlier
  // imports brought for it is truncated. Documents the desk published are not compared: they are never in a file.
  for (const a of seed.actors) {
    const broughtByImports = tx
      .all<{ slug: string }>(
        sql`SELECT d.slug FROM documents d JOIN document_authors da ON da.document_id = d.id JOIN actors a ON a.id = da.actor_id
            JOIN origins o ON o.id = d.origin_id WHERE a.slug = ${a.slug} AND o.kind = 'import'`,
      )
      .map((r) => r.slug);
    const problem = truncationProblem({ file: `${folder}/actors/${a.slug}.json`, actor: a.slug, broughtByImports, imported, folder });
    if (problem) throw new ImportRefusedError(problem);
  }
}

function clearPublishedTables(tx: Db): void {
  // Children first; the audit log, proposals, origins and settings are not published data and are kept.
  const tables = [
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
  ];
  for (const t of tables) tx.run(sql.raw(`DELETE FROM ${t}`));
}

/** Imports a validated seed in one transaction: on any error (or refusal) nothing is written. */
export function importSeed(options: ImportOptions, seed: Seed): ImportReport {
  authorize(options.by, 'import', options.why);
  const replace = options.replace ?? false;
  const report = emptyReport(replace);
  const folder = options.source ?? options.by.label.replace(/^import:/, '');
  inWriteTransaction(options, (write) => {
    const { tx, by, now } = write;
    refuseDegenerate(tx, seed, options, folder);
    if (replace) clearPublishedTables(tx);
    const origin = lazyOrigin(write, {
      kind: 'import',
      source: folder,
      datasetRelease: seed.meta.dataset_release ?? null,
      datasetVersion: seed.meta.dataset_version,
    });
    const ctx: ImportContext = { ...write, origin };
    const codebookChanged = importCodebook(tx);
    const ids = actorIdsBySlug(tx);
    importActors(ctx, seed, ids, report);
    for (const a of seed.actors) importMemberships(ctx, a, ids, report);
    const known = new Set(ids.keys());
    let textChanged = false;
    const slugs = new Set<string>();
    for (const a of seed.actors) {
      for (const r of a.documents) {
        slugs.add(r.id);
        const record = recordFromSeed(r);
        const { state, ids: stateIds } = readPublishedState(tx, r.id, known);
        const plan = planRecord(record, state);
        // A seed record is validated before; a refusal here is a folder problem the reader did not catch.
        if (plan.action === 'refuse') throw new ImportRefusedError(`${folder}/actors/${a.slug}.json: record "${r.id}": ${plan.reason} Nothing was written.`);
        tally(report, plan as RecordPlan);
        const done = carryOut(ctx, { record, plan, ids: stateIds, actorIds: ids, from: () => ({ createdBy: by.label, originId: origin() }) });
        textChanged ||= done.textChanged;
        if (done.createdDocument) report.created.documents.push(r.id);
        report.created.codings.push(...done.createdCodings);
      }
    }
    report.documents.leftAlone = count(tx, 'documents') - slugs.size;
    importLiterature(ctx, seed.literature, ids, report);
    report.metaChanged = importMeta(tx, seed);
    const r = report;
    const counted = [
      r.actors.added,
      r.actors.corrected,
      r.memberships.added,
      r.memberships.corrected,
      r.documents.added,
      r.documents.corrected,
      r.readings.added,
      r.readings.corrected,
    ];
    const codings = r.codings.added + r.codings.corrected + r.codings.withdrawn;
    report.changed =
      replace || codebookChanged || r.metaChanged || codings + r.literature.added + r.literature.corrected + counted.reduce((x, y) => x + y, 0) > 0;
    if (!report.changed) return; // nothing written: no origin, audit row, index rebuild or new data version
    if (textChanged || codings > 0 || r.literature.added + r.literature.corrected > 0 || replace) rebuildSearchIndex(tx);
    tx.insert(datasetMeta)
      .values({ key: 'seeded_at', value: now })
      .onConflictDoUpdate({ target: datasetMeta.key, set: { value: now } })
      .run();
    report.dataVersion = bumpDataVersion(tx, now);
    appendAudit(write, { action: replace ? 'import.replace' : 'import', entity: 'dataset', entityId: by.label, after: report });
  });
  return report;
}
