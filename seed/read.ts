/** Reads a directory of seed files and validates every record; nothing here touches the database. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { decodeUtf8 } from '@/lib/domain/limits';
import { parseJsonSource } from '@/lib/dataset/json-source';
import { checkGraphRules } from './graph-rules';
import { actorFileSchema, literatureSchema, metaSchema, type ActorFile, type Seed } from '@/lib/dataset/seed-schema';
import { RELEASE_NOTES_FILE } from './write';

export type SeedIssue = { file: string; record: string; field: string; message: string };

export class SeedValidationError extends Error {
  constructor(readonly issues: SeedIssue[]) {
    super(
      `The seed has ${issues.length} invalid field${issues.length === 1 ? '' : 's'}; nothing was written:\n` +
        issues.map((i) => `  ${i.file}: record ${i.record}: field "${i.field}": ${i.message}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '') || '(whole record)';
}

/** Names the record an issue belongs to: the document id when the path runs through documents[i]. */
function recordName(raw: unknown, path: readonly PropertyKey[], fallback: string): { record: string; rest: readonly PropertyKey[] } {
  const root = raw as { documents?: { id?: unknown }[] } | unknown[];
  if (path[0] === 'documents' && typeof path[1] === 'number' && !Array.isArray(root)) {
    const id = root?.documents?.[path[1]]?.id;
    return { record: `"${typeof id === 'string' ? id : `documents[${path[1]}]`}" (documents[${path[1]}])`, rest: path.slice(2) };
  }
  if (Array.isArray(root) && typeof path[0] === 'number') {
    const id = (root[path[0]] as { id?: unknown } | undefined)?.id;
    return { record: `"${typeof id === 'string' ? id : `[${path[0]}]`}" ([${path[0]}])`, rest: path.slice(1) };
  }
  return { record: fallback, rest: path };
}

function parseFile<T>(schema: z.ZodType<T>, file: string, display: string, fallbackRecord: string, issues: SeedIssue[]): T | null {
  if (!existsSync(file)) {
    issues.push({ file: display, record: '(file)', field: '(file)', message: 'is missing: a seed folder holds actors/, literature.json and meta.json' });
    return null;
  }
  // Strict: invalid UTF-8 is an error (with its byte position), not text silently turned into U+FFFD; a key given
  // twice is an error, not the last one silently kept.
  const parsed = parseJsonSource(readFileSync(file));
  if (!parsed.ok) {
    const { path, message } = parsed.problem;
    if (path === null || path.length === 0) issues.push({ file: display, record: '(file)', field: '(file)', message });
    else {
      const { record, rest } = recordName(parsed.problem.value, path, fallbackRecord);
      issues.push({ file: display, record, field: fieldPath(rest), message });
    }
    return null;
  }
  const raw = parsed.value;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { record, rest } = recordName(raw, issue.path, fallbackRecord);
    issues.push({ file: display, record, field: fieldPath(rest), message: issue.message });
  }
  return null;
}

/** The optional release notes (Markdown, kept as they are): null when the folder has none. */
function readReleaseNotes(file: string, display: string, issues: SeedIssue[]): string | null {
  if (!existsSync(file)) return null;
  try {
    return decodeUtf8(readFileSync(file));
  } catch {
    issues.push({ file: display, record: '(file)', field: '(file)', message: 'is not valid UTF-8 text (save it as UTF-8)' });
    return null;
  }
}

/**
 * Checks that hold across files: unique ids, and every slug that is referred to exists — in the folder, or among
 * `known` (the actors already in the database an import adds to).
 */
function crossCheck(
  actors: { file: string; data: ActorFile }[],
  seed: Seed,
  issues: SeedIssue[],
  files: { literature: string; meta: string },
  known: ReadonlySet<string>,
): void {
  const slugs = new Map<string, string>();
  const docIds = new Map<string, string>();
  for (const { file, data } of actors) {
    if (slugs.has(data.slug)) issues.push({ file, record: `"${data.slug}"`, field: 'slug', message: `is also used in ${slugs.get(data.slug)}` });
    slugs.set(data.slug, file);
    if (!file.endsWith(`/${data.slug}.json`)) issues.push({ file, record: `"${data.slug}"`, field: 'slug', message: 'must match the file name' });
  }
  for (const { file, data } of actors) {
    data.memberships.forEach((m, i) => {
      if (!slugs.has(m.group) && !known.has(m.group))
        issues.push({ file, record: `"${data.slug}"`, field: `memberships[${i}].group`, message: `unknown actor "${m.group}"` });
    });
    data.documents.forEach((d, i) => {
      const record = `"${d.id}" (documents[${i}])`;
      if (docIds.has(d.id)) issues.push({ file, record, field: 'id', message: `is also used in ${docIds.get(d.id)}` });
      docIds.set(d.id, file);
      if (!d.authors.includes(data.slug)) issues.push({ file, record, field: 'authors', message: `must include "${data.slug}", the actor of this file` });
      d.authors.forEach((a, j) => {
        if (!slugs.has(a) && !known.has(a)) issues.push({ file, record, field: `authors[${j}]`, message: `unknown actor "${a}"` });
      });
    });
  }
  seed.literature.forEach((l, i) => {
    l.about_actors.forEach((a, j) => {
      if (!slugs.has(a) && !known.has(a))
        issues.push({ file: files.literature, record: `"${l.id}" ([${i}])`, field: `about_actors[${j}]`, message: `unknown actor "${a}"` });
    });
  });
  // Membership graph, duplicates, vocabularies, years, quote sources, codebook version (seed/graph-rules.ts).
  issues.push(...checkGraphRules(actors, seed, files));
}

/**
 * Reads and validates `dir`; throws SeedValidationError listing every bad field (file, record, field).
 * `knownActors`: slugs already in the database, which the folder may refer to without holding their files.
 */
export function readSeedDir(dir: string, knownActors: ReadonlySet<string> = new Set()): Seed {
  const issues: SeedIssue[] = [];
  const show = (f: string) => {
    const rel = relative(process.cwd(), f);
    return rel && !rel.startsWith('..') ? rel : f;
  };
  const actorsDir = join(dir, 'actors');
  if (!existsSync(actorsDir)) throw new SeedValidationError([{ file: show(actorsDir), record: '(folder)', field: '(folder)', message: 'does not exist' }]);

  const actors: { file: string; data: ActorFile }[] = [];
  for (const name of readdirSync(actorsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = join(actorsDir, name);
    const data = parseFile(actorFileSchema, file, show(file), `"${name.replace(/\.json$/, '')}"`, issues);
    if (data) actors.push({ file: show(file), data });
  }
  const literature = parseFile(literatureSchema, join(dir, 'literature.json'), show(join(dir, 'literature.json')), '(list)', issues) ?? [];
  const meta = parseFile(metaSchema, join(dir, 'meta.json'), show(join(dir, 'meta.json')), '(meta)', issues);

  const seed: Seed = {
    actors: actors.map((a) => a.data),
    literature,
    meta: meta ?? { dataset_version: '', converted_on: '', source: '', codebook_version: '' },
    releaseNotes: readReleaseNotes(join(dir, RELEASE_NOTES_FILE), show(join(dir, RELEASE_NOTES_FILE)), issues),
  };
  if (issues.length === 0)
    crossCheck(actors, seed, issues, { literature: show(join(dir, 'literature.json')), meta: show(join(dir, 'meta.json')) }, knownActors);
  if (issues.length > 0) throw new SeedValidationError(issues);
  return seed;
}
