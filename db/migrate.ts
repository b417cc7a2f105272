import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { connect, type Db } from './connect';
import { env } from './env';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Runs the pending migrations. A migration that rebuilds a table (drizzle-kit's way to change a CHECK, e.g. 0008's
 * proposals) needs foreign keys off — SQLite's documented procedure — and the migrator runs inside one transaction,
 * where PRAGMA foreign_keys is a no-op; so they are turned off around it, every reference is checked after, and they
 * are on again before anything else runs.
 */
export function migrateDatabase(db: Db): void {
  const enforced = db.$client.pragma('foreign_keys', { simple: true }) === 1;
  db.$client.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const broken = db.$client.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (broken.length > 0) {
      throw new Error(`Migration left ${broken.length} broken references, e.g. ${broken[0]!.table} → ${broken[0]!.parent}; restore the backup and report it.`);
    }
  } finally {
    if (enforced) db.$client.pragma('foreign_keys = ON');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const db = connect(env.DATABASE_URL);
  migrateDatabase(db);
  db.$client.close();
  console.log(`Migrated ${env.DATABASE_URL}`);
}
