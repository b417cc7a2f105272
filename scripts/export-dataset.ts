/**
 * npm run data:export -- <dir>: writes the database at DATABASE_URL as a seed folder (actors/<slug>.json,
 * literature.json, meta.json) that `npm run db:seed -- <dir>` reads back. The database is the source of truth after
 * the first load; this is how its contents (editor work included) go back into files, for review or backup.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { connect } from '@/db/connect';
import { env } from '@/db/env';
import { exportSeed } from '@/seed/export';
import { writeSeedDir } from '@/seed/write';

try {
  const dir = process.argv[2];
  if (!dir) throw new Error('Usage: npm run data:export -- <dir>');
  if (env.DATABASE_URL === ':memory:' || !existsSync(env.DATABASE_URL)) throw new Error(`No database at ${env.DATABASE_URL}: nothing to export.`);
  const db = connect(env.DATABASE_URL, { readonly: true });
  try {
    const seed = exportSeed(db);
    const files = writeSeedDir(resolve(dir), seed);
    const documents = seed.actors.reduce((n, a) => n + a.documents.length, 0);
    console.log(
      `Exported ${env.DATABASE_URL} to ${dir}: ${files} files (${seed.actors.length} actors, ${documents} documents, ${seed.literature.length} literature items).`,
    );
  } finally {
    db.$client.close();
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
