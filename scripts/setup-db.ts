/**
 * npm run db:setup: create or migrate the database at DATABASE_URL and bring the project's seed in. On an empty
 * database that is the first load. On a database with data it is an import of seed/ as additions and corrections
 * only (db/write/import.ts): nothing is deleted, a coding an editor published is never superseded, and the import is
 * audited — so a new version of the project seed can be taken in without losing editor work. Safe to re-run.
 */
import { fileURLToPath } from 'node:url';
import type { Db } from '@/db/connect';
import { runSeed, DEFAULT_SEED_DIR } from '@/seed/index';

export function databaseCounts(db: Db): { actors: number; documents: number; codings: number } {
  const n = (t: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { actors: n('actors'), documents: n('documents'), codings: n('codings') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    runSeed(DEFAULT_SEED_DIR);
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
