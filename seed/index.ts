/**
 * CLI: npm run db:seed -- [dir] [--replace]   (default dir: the project's own seed/)
 * An import: adds and corrects, never deletes (a record missing from the folder is left alone). An empty or
 * degenerate folder is refused with exit code 1 and the database unchanged. --replace empties the published tables
 * first, and is refused while that would discard work published through the editorial desk. Audited as
 * 'import:<dir>'. Migrates first; validates the whole folder before writing anything.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from '@/db/connect';
import { env } from '@/db/env';
import { migrateDatabase } from '@/db/migrate';
import { actors } from '@/db/schema';
import { seedDatabase, type SeedReport } from './load';
import { readSeedDir } from './read';

export const DEFAULT_SEED_DIR = fileURLToPath(new URL('.', import.meta.url));

/** How a folder is named in created_by and the audit: relative to the project when inside it. */
export function sourceName(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return (rel && !rel.startsWith('..') ? rel : dir).replace(/\/$/, '') || '.';
}

export function describeReport(url: string, dir: string, r: SeedReport): string {
  const i = r.import;
  return (
    `Seeded ${url} from ${dir}${i.replaced ? ' (replacing the published tables)' : ' (an import: nothing is deleted)'}: ` +
    `actors ${i.actors.added} added, ${i.actors.updated} corrected, ${i.actors.unchanged} unchanged, ${i.actors.leftAlone} not in the folder left alone; ` +
    `documents ${i.documents.added} added, ${i.documents.updated} corrected, ${i.documents.unchanged} unchanged, ${i.documents.leftAlone} left alone; ` +
    `codings ${i.codings.added} added, ${i.codings.unchanged} unchanged` +
    (i.codings.keptEditorWork ? `, ${i.codings.keptEditorWork} differing from the folder kept as the editors published them` : '') +
    `; literature ${i.literature.added} added, ${i.literature.updated} corrected.`
  );
}

export function runSeed(dir: string, url: string = env.DATABASE_URL, options: { replace?: boolean } = {}): SeedReport {
  const db = connect(url);
  try {
    migrateDatabase(db);
    // The folder may refer to actors the database already holds (an import of one new State that joins a group).
    const known = new Set(
      db
        .select({ slug: actors.slug })
        .from(actors)
        .all()
        .map((a) => a.slug),
    );
    const seed = readSeedDir(dir, options.replace ? new Set() : known);
    const report = seedDatabase(db, seed, { source: sourceName(dir), replace: options.replace });
    console.log(describeReport(url, sourceName(dir), report));
    return report;
  } finally {
    db.$client.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const replace = args.includes('--replace');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--replace');
  const dirs = args.filter((a) => !a.startsWith('--'));
  try {
    if (unknown.length || dirs.length > 1)
      throw new Error(`Usage: npm run db:seed -- [dir] [--replace]  (unknown: ${[...unknown, ...dirs.slice(1)].join(' ')})`);
    runSeed(resolve(dirs[0] ?? DEFAULT_SEED_DIR), env.DATABASE_URL, { replace });
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
