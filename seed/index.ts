/** CLI: npm run db:seed -- [dir]   (default: the project's own seed/). Migrates first, then loads in one transaction. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from '@/db/connect';
import { env } from '@/db/env';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from './load';
import { readSeedDir } from './read';

export const DEFAULT_SEED_DIR = fileURLToPath(new URL('.', import.meta.url));

export function runSeed(dir: string, url: string = env.DATABASE_URL): void {
  // Validate before opening the database: a bad seed never touches it.
  const seed = readSeedDir(dir);
  const db = connect(url);
  try {
    migrateDatabase(db);
    const report = seedDatabase(db, seed);
    console.log(
      `Seeded ${url} from ${dir}: ${report.actors} actors, ${report.documents} documents, ` +
        `${report.codingsAdded} codings added, ${report.codingsUnchanged} unchanged, ${report.literature} literature items.`,
    );
  } finally {
    db.$client.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    runSeed(resolve(process.argv[2] ?? DEFAULT_SEED_DIR));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
