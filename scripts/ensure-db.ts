/**
 * Used by npm start / dev: migrate the database at DATABASE_URL, and seed it only if it was missing.
 * An existing database keeps its data (run `npm run db:setup` to reload the seed).
 */
import { existsSync } from 'node:fs';
import { connect } from '@/db/connect';
import { env } from '@/db/env';
import { migrateDatabase } from '@/db/migrate';
import { runSeed, DEFAULT_SEED_DIR } from '@/seed/index';

try {
  if (env.DATABASE_URL !== ':memory:' && existsSync(env.DATABASE_URL)) {
    const db = connect(env.DATABASE_URL);
    migrateDatabase(db);
    db.$client.close();
    console.log(`Database ${env.DATABASE_URL} found and migrated.`);
  } else {
    runSeed(DEFAULT_SEED_DIR);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
