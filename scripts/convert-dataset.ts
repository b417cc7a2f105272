/**
 * Turns the research dataset (../shared/data by default) into the project's own seed files:
 *   seed/actors/<slug>.json  one file per actor: the actor, its memberships and its documents with their codings
 *   seed/literature.json     further reading
 *   seed/meta.json           dataset version (hash of the source files), release and its date, conversion date, codebook version
 *   seed/CHANGELOG.md        the dataset's release notes, as published
 * A plain conversion: field names and values are carried over, nothing is added. Re-run it to take in a new
 * version of the dataset:  npm run data:convert -- [source-dir]
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CODEBOOK_VERSION, DIMENSIONS } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import { actorFileSchema, literatureSchema, metaSchema, type ActorFile } from '@/seed/record-schema';
import { writeSeedDir } from '@/seed/write';

type Json = Record<string, unknown>;

const sourceDir = resolve(process.argv[2] ?? '../shared/data');
const seedDir = resolve(process.argv[3] ?? 'seed');

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(join(sourceDir, name), 'utf8'));
}

/** Fails loudly when CODEBOOK.md lists a dimension or value that lib/domain/codebook.ts does not (or the reverse). */
function checkCodebook(markdown: string): void {
  const version = /version ([\d.]+)/.exec(markdown)?.[1];
  if (version !== CODEBOOK_VERSION)
    throw new Error(`CODEBOOK.md is version ${version}; lib/domain/codebook.ts is ${CODEBOOK_VERSION}: update lib/domain/codebook.ts first`);
  const sections = markdown.split(/^### /m).slice(1);
  const fromMarkdown = new Map<string, string[]>();
  for (const section of sections) {
    const key = /^(\w+) —/.exec(section)?.[1];
    if (!key) continue;
    const values = [...section.matchAll(/^\| (\w+) \|/gm)].map((m) => m[1]!).filter((v) => v !== 'value');
    fromMarkdown.set(key, values);
  }
  for (const d of DIMENSIONS) {
    const values = fromMarkdown.get(d.key);
    if (!values) throw new Error(`CODEBOOK.md has no dimension "${d.key}"`);
    const ours = d.values.map((v) => v.value);
    if (values.join() !== ours.join())
      throw new Error(`CODEBOOK.md values for "${d.key}" (${values.join(', ')}) differ from lib/domain/codebook.ts (${ours.join(', ')})`);
  }
  for (const key of fromMarkdown.keys()) {
    if (!DIMENSIONS.some((d) => d.key === key)) throw new Error(`CODEBOOK.md has a dimension "${key}" that lib/domain/codebook.ts lacks`);
  }
}

function withoutUndefined(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function convertRecord(r: Json): Json {
  const doc = r.document as Json;
  // From dataset 1.1 every quote says whether it is the due-diligence wording or context; never guess it.
  if (r.quote && !r.quote_role)
    throw new Error(`positions.json: record "${String(r.id)}": field "quote_role": a quote needs a role (due_diligence or context)`);
  return withoutUndefined({
    id: r.id,
    title: doc.title,
    title_original: doc.title_original ?? null,
    date: doc.date,
    type: doc.type,
    venue: doc.venue,
    url: doc.url ?? null,
    archive_url: doc.archive_url ?? null,
    language: doc.language ?? null,
    authors: (r.authors as string[] | undefined) ?? [r.actor_slug],
    summary: r.summary,
    quote: r.quote ?? null,
    quote_locator: r.quote_locator ?? null,
    quote_role: r.quote_role ?? null,
    confidence: r.confidence ?? null,
    coding_confidence: r.coding_confidence ?? {},
    notes: r.notes ?? null,
    verified_from: r.verified_from ?? [],
    codings: r.codings ?? {},
    not_coded: r.not_coded ?? [],
  });
}

function main(): void {
  checkCodebook(readFileSync(join(sourceDir, 'CODEBOOK.md'), 'utf8'));
  const actors = readJson('actors.json') as Json[];
  const positions = readJson('positions.json') as Json[];
  const literature = readJson('literature.json') as Json[];

  const hash = createHash('sha256');
  for (const name of ['actors.json', 'positions.json', 'literature.json', 'CODEBOOK.md']) hash.update(readFileSync(join(sourceDir, name)));
  const datasetVersion = hash.digest('hex').slice(0, 12);

  const byActor = new Map<string, Json[]>();
  for (const r of positions) {
    const list = byActor.get(String(r.actor_slug)) ?? [];
    list.push(convertRecord(r));
    byActor.set(String(r.actor_slug), list);
  }

  const actorFiles: ActorFile[] = [];
  for (const a of actors) {
    const docs = (byActor.get(String(a.slug)) ?? []).sort((x, y) => String(x.date).localeCompare(String(y.date)) || String(x.id).localeCompare(String(y.id)));
    byActor.delete(String(a.slug));
    const file = withoutUndefined({
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      iso3: a.iso3 ?? null,
      region: a.region ?? null,
      subregion: a.subregion ?? null,
      un_regional_group: a.un_regional_group ?? null,
      memberships: a.memberships ?? [],
      documents: docs,
    });
    // Parsed, so defaults are written out: the files are exactly what `data:export` writes back (byte for byte).
    actorFiles.push(actorFileSchema.parse(file));
  }
  if (byActor.size > 0) throw new Error(`positions.json names actors missing from actors.json: ${[...byActor.keys()].join(', ')}`);

  // Keep the conversion date stable while the dataset is unchanged, so re-running gives no diff.
  const metaPath = join(seedDir, 'meta.json');
  const previous = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Json) : null;
  // The curators' release number and date, from the newest heading of CHANGELOG.md ("## Version 1.1 (2026-12-01)").
  const changelogPath = join(sourceDir, 'CHANGELOG.md');
  const release = existsSync(changelogPath) ? /^## Version ([\d.]+) \((\d{4}-\d{2}-\d{2})\)/m.exec(readFileSync(changelogPath, 'utf8')) : null;
  if (existsSync(changelogPath)) copyFileSync(changelogPath, join(seedDir, 'CHANGELOG.md'));
  const meta = {
    dataset_version: datasetVersion,
    ...(release ? { dataset_release: release[1], release_date: release[2] } : {}),
    converted_on: previous?.dataset_version === datasetVersion ? previous.converted_on : todayIso(),
    source: 'shared/data (actors.json, positions.json, literature.json, CODEBOOK.md)',
    codebook_version: CODEBOOK_VERSION,
  };
  writeSeedDir(seedDir, { actors: actorFiles, literature: literatureSchema.parse(literature), meta: metaSchema.parse(meta) });
  console.log(
    `Converted ${positions.length} records of ${actors.length} actors and ${literature.length} literature items (dataset ${datasetVersion}) into ${seedDir}`,
  );
}

main();
