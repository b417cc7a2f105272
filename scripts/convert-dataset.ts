/**
 * Turns the research dataset (../shared/data by default) into the project's own seed files:
 *   seed/actors/<slug>.json  one file per actor: the actor, its memberships and its documents with their codings
 *   seed/literature.json     further reading
 *   seed/meta.json           dataset version (hash of the source files), release and its date, conversion date, codebook version
 *   seed/CHANGELOG.md        the dataset's release notes, as published
 * A plain conversion: field names and values are carried over, nothing is added. Re-run it to take in a new
 * version of the dataset:  npm run data:convert -- [source-dir] [seed-dir]
 * A bad record is reported by file, record id and field (in the dataset's own field names), never as a stack trace,
 * and nothing is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { CODEBOOK_VERSION } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import { actorFileSchema, literatureSchema, metaSchema, type ActorFile, type Seed } from '@/lib/dataset/seed-schema';
import { writeSeedDir } from '@/seed/write';
import { parseJsonSource } from '@/lib/dataset/json-source';
import { checkCodebook, DatasetError, type DatasetIssue, fromSourceRecord, sourceField, type Json } from './dataset/source-record';

const SOURCE_FILES = ['actors.json', 'positions.json', 'literature.json', 'CODEBOOK.md'] as const;

function readSource(dir: string, name: string): string {
  const path = join(dir, name);
  if (!existsSync(path)) throw new DatasetError([{ file: name, record: '(file)', field: '(file)', message: `is missing from ${dir}` }]);
  return readFileSync(path, 'utf8');
}

function readList(dir: string, name: string): Json[] {
  readSource(dir, name); // a missing file is named as such
  // Strict: invalid UTF-8 (by byte position) and a key given twice are errors naming the record and field.
  const parsed = parseJsonSource(readFileSync(join(dir, name)));
  if (!parsed.ok) {
    const { path, value, message } = parsed.problem;
    const at = path?.[0];
    const id = typeof at === 'number' && Array.isArray(value) ? (value[at] as { id?: unknown } | undefined)?.id : undefined;
    const record = typeof at !== 'number' ? '(file)' : typeof id === 'string' ? `"${id}"` : `[${at}]`;
    throw new DatasetError([{ file: name, record, field: path && path.length > 1 ? pathText(path.slice(1)) : '(file)', message }]);
  }
  const raw = parsed.value;
  if (!Array.isArray(raw)) throw new DatasetError([{ file: name, record: '(file)', field: '(file)', message: 'must be a JSON list of records' }]);
  return raw as Json[];
}

/** Parses with `schema`; each zod issue becomes a DatasetIssue located by `locate` (file, record, dataset field). */
function validated<T>(
  schema: z.ZodType<T>,
  value: unknown,
  locate: (path: readonly PropertyKey[]) => Omit<DatasetIssue, 'message'>,
  issues: DatasetIssue[],
): T | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) issues.push({ ...locate(issue.path), message: issue.message });
  return null;
}

const pathText = (path: readonly PropertyKey[]) =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '') || '(whole record)';

/** Converts `sourceDir` into seed files in `seedDir`; throws DatasetError (nothing written) when a record is bad. */
export function convertDataset(sourceDir: string, seedDir: string, today: string = todayIso()): { seed: Seed; records: number; version: string } {
  if (!existsSync(sourceDir))
    throw new DatasetError([
      { file: sourceDir, record: '(folder)', field: '(folder)', message: 'does not exist: give the dataset folder, npm run data:convert -- <dir>' },
    ]);
  const issues: DatasetIssue[] = [];
  checkCodebook(readSource(sourceDir, 'CODEBOOK.md'));
  const actors = readList(sourceDir, 'actors.json');
  const positions = readList(sourceDir, 'positions.json');
  const literatureRaw = readList(sourceDir, 'literature.json');

  const hash = createHash('sha256');
  for (const name of SOURCE_FILES) hash.update(readFileSync(join(sourceDir, name)));
  const version = hash.digest('hex').slice(0, 12);

  const byActor = new Map<string, { record: Json; source: Json }[]>();
  for (const r of positions) {
    const record = fromSourceRecord(r, issues);
    if (!record) continue;
    const list = byActor.get(String(r.actor_slug)) ?? [];
    list.push({ record, source: r });
    byActor.set(String(r.actor_slug), list);
  }

  const actorFiles: ActorFile[] = [];
  for (const a of actors) {
    const docs = (byActor.get(String(a.slug)) ?? []).sort(
      (x, y) => String(x.record.date).localeCompare(String(y.record.date)) || String(x.record.id).localeCompare(String(y.record.id)),
    );
    byActor.delete(String(a.slug));
    const file = {
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      iso3: a.iso3 ?? null,
      region: a.region ?? null,
      subregion: a.subregion ?? null,
      un_regional_group: a.un_regional_group ?? null,
      memberships: a.memberships ?? [],
      documents: docs.map((d) => d.record),
    };
    // Parsed, so defaults are written out: the files are exactly what `data:export` writes back (byte for byte).
    const parsed = validated(
      actorFileSchema,
      file,
      (path) =>
        path[0] === 'documents' && typeof path[1] === 'number'
          ? { file: 'positions.json', record: `"${String(docs[path[1]]?.record.id)}"`, field: sourceField(path.slice(2)) }
          : { file: 'actors.json', record: `"${String(a.slug)}"`, field: pathText(path) },
      issues,
    );
    if (parsed) actorFiles.push(parsed);
  }
  for (const [slug, docs] of byActor) {
    for (const d of docs)
      issues.push({ file: 'positions.json', record: `"${String(d.record.id)}"`, field: 'actor_slug', message: `"${slug}" is not in actors.json` });
  }
  const literature = validated(
    literatureSchema,
    literatureRaw,
    (path) => ({ file: 'literature.json', record: `"${String(literatureRaw[Number(path[0])]?.id ?? path[0])}"`, field: pathText(path.slice(1)) }),
    issues,
  );
  if (issues.length > 0 || !literature) throw new DatasetError(issues);

  // Keep the conversion date stable while the dataset is unchanged, so re-running gives no diff.
  const metaPath = join(seedDir, 'meta.json');
  const previous = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Json) : null;
  // The curators' release number and date, from the newest heading of CHANGELOG.md ("## Version 1.1 (2026-12-01)").
  const releaseNotes = existsSync(join(sourceDir, 'CHANGELOG.md')) ? readFileSync(join(sourceDir, 'CHANGELOG.md'), 'utf8') : null;
  const release = releaseNotes === null ? null : /^## Version ([\d.]+) \((\d{4}-\d{2}-\d{2})\)/m.exec(releaseNotes);
  const meta = {
    dataset_version: version,
    ...(release ? { dataset_release: release[1], release_date: release[2] } : {}),
    converted_on: previous?.dataset_version === version ? previous.converted_on : today,
    source: 'shared/data (actors.json, positions.json, literature.json, CODEBOOK.md)',
    codebook_version: CODEBOOK_VERSION,
  };
  const seed: Seed = { actors: actorFiles, literature, meta: metaSchema.parse(meta), releaseNotes };
  writeSeedDir(seedDir, seed);
  return { seed, records: positions.length, version };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sourceDir = resolve(process.argv[2] ?? '../shared/data');
  const seedDir = resolve(process.argv[3] ?? 'seed');
  try {
    const { seed, records, version } = convertDataset(sourceDir, seedDir);
    console.log(
      `Converted ${records} records of ${seed.actors.length} actors and ${seed.literature.length} literature items (dataset ${version}) into ${seedDir}`,
    );
  } catch (e) {
    console.error(e instanceof DatasetError ? e.message : `data:convert failed: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
