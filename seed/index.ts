/**
 * CLI: npm run db:seed -- [dir] [--replace] [--keep-missing]   (default dir: the project's own seed/)
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
import { describeImport } from '@/db/write/import-report';
import { KEEP_MISSING_FLAG } from '@/lib/dataset/truncation';
import { seedDatabase, type SeedReport } from './load';
import { readSeedDir } from './read';

export const DEFAULT_SEED_DIR = fileURLToPath(new URL('.', import.meta.url));

/** How a folder is named in created_by and the audit: relative to the project when inside it. */
export function sourceName(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return (rel && !rel.startsWith('..') ? rel : dir).replace(/\/$/, '') || '.';
}

export function describeReport(url: string, dir: string, r: SeedReport): string {
  return describeImport(`${url} from ${dir}`, r.import);
}

export function runSeed(dir: string, url: string = env.DATABASE_URL, options: { replace?: boolean; keepMissing?: boolean } = {}): SeedReport {
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
    const report = seedDatabase(db, seed, { source: sourceName(dir), replace: options.replace, keepMissing: options.keepMissing });
    console.log(describeReport(url, sourceName(dir), report));
    return report;
  } finally {
    db.$client.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const replace = args.includes('--replace');
  const keepMissing = args.includes(KEEP_MISSING_FLAG);
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--replace' && a !== KEEP_MISSING_FLAG);
  const dirs = args.filter((a) => !a.startsWith('--'));
  try {
    if (unknown.length || dirs.length > 1)
      throw new Error(`Usage: npm run db:seed -- [dir] [--replace] [${KEEP_MISSING_FLAG}]  (unknown: ${[...unknown, ...dirs.slice(1)].join(' ')})`);
    runSeed(resolve(dirs[0] ?? DEFAULT_SEED_DIR), env.DATABASE_URL, { replace, keepMissing });
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
