import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { connect, type Db } from './connect';
import { env } from './env';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const db = connect(env.DATABASE_URL);
  migrateDatabase(db);
  db.$client.close();
  console.log(`Migrated ${env.DATABASE_URL}`);
}
