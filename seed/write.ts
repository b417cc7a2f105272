/**
 * Writes seed files in one canonical form: keys in the order of the zod schemas in lib/dataset/seed-schema.ts, two-space
 * JSON with a final newline, actors one file each by slug, and the release notes (CHANGELOG.md) as they are. Generic over the schemas, so a field added there (dataset
 * 1.1: coding_confidence, quote_role) is written in its place without changes here. The exporter uses this; the
 * dataset converter should too, so that export(seed(x)) == x byte for byte.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { actorFileSchema, literatureSchema, metaSchema, type Seed } from '@/lib/dataset/seed-schema';

/** Unwraps optional/nullable/default/pipe wrappers down to the schema that says what shape the value has. */
function core(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault || s instanceof z.ZodReadonly) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return s;
  }
}

/**
 * `value` with object keys in schema order (keys the schema does not know are kept, after the known ones, so
 * nothing is silently dropped); `undefined` members are left out as JSON.stringify would.
 */
export function inSchemaOrder(schema: z.ZodType, value: unknown): unknown {
  const s = core(schema);
  if (value === null || value === undefined) return value;
  if (s instanceof z.ZodArray && Array.isArray(value)) return value.map((v) => inSchemaOrder(s.element as z.ZodType, v));
  if (s instanceof z.ZodObject && typeof value === 'object' && !Array.isArray(value)) {
    const shape = s.shape as Record<string, z.ZodType>;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) if (input[key] !== undefined) out[key] = inSchemaOrder(shape[key]!, input[key]);
    for (const key of Object.keys(input)) if (!(key in shape) && input[key] !== undefined) out[key] = input[key];
    return out;
  }
  return value;
}

/** The dataset's release notes, as published by its curators. */
export const RELEASE_NOTES_FILE = 'CHANGELOG.md';

export const formatJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files of a seed folder, by path relative to it, with their exact contents. */
export function seedFiles(seed: Seed): Map<string, string> {
  const files = new Map<string, string>();
  for (const a of [...seed.actors].sort((x, y) => x.slug.localeCompare(y.slug)))
    files.set(`actors/${a.slug}.json`, formatJson(inSchemaOrder(actorFileSchema, a)));
  files.set('literature.json', formatJson(inSchemaOrder(literatureSchema, seed.literature)));
  files.set('meta.json', formatJson(inSchemaOrder(metaSchema, seed.meta)));
  // The release notes are the curators' Markdown, kept byte for byte.
  if (seed.releaseNotes) files.set(RELEASE_NOTES_FILE, seed.releaseNotes);
  return files;
}

/** Writes `seed` into `dir` (actors/ is emptied of .json files first, so a removed actor leaves no stale file). */
export function writeSeedDir(dir: string, seed: Seed): number {
  const actorsDir = join(dir, 'actors');
  mkdirSync(actorsDir, { recursive: true });
  for (const f of readdirSync(actorsDir)) if (f.endsWith('.json')) rmSync(join(actorsDir, f));
  const files = seedFiles(seed);
  for (const [path, text] of files) writeFileSync(join(dir, path), text);
  return files.size;
}
