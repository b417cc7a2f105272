/**
 * Used by npm start / dev / serve: migrate the database at DATABASE_URL, and load the project's seed only when the
 * database is empty (missing, or no actors yet). A database with data is the source of truth: it is migrated and
 * reported, never re-seeded, so nothing an editor published is touched.
 */
import { existsSync } from 'node:fs';
import { connect } from '@/db/connect';
import { env } from '@/db/env';
import { migrateDatabase } from '@/db/migrate';
import { readDataVersion } from '@/db/write/version';
import { runSeed, DEFAULT_SEED_DIR } from '@/seed/index';
import { databaseCounts } from './setup-db';

try {
  const exists = env.DATABASE_URL !== ':memory:' && existsSync(env.DATABASE_URL);
  const db = exists ? connect(env.DATABASE_URL) : null;
  const counts = db ? (migrateDatabase(db), databaseCounts(db)) : null;
  const version = db ? readDataVersion(db) : 0;
  db?.$client.close();
  if (counts && counts.actors > 0) {
    console.log(
      `Database ${env.DATABASE_URL} found and migrated: ${counts.actors} actors, ${counts.documents} documents, ${counts.codings} codings (data version ${version}); not re-seeded.`,
    );
  } else {
    runSeed(DEFAULT_SEED_DIR);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
