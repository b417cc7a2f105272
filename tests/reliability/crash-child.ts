/** Child of crash.ts: loads a large seed (the real one repeated CRASH_SCALE times) into DATABASE_URL, one transaction. */
import { connect } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { seedDatabase } from '@/seed/load';
import { readSeedDir } from '@/seed/read';
import type { Seed } from '@/lib/dataset/seed-schema';

const scale = Number(process.env.CRASH_SCALE || 20);
const seed = readSeedDir(DEFAULT_SEED_DIR);
const large: Seed = {
  meta: { ...seed.meta, dataset_version: 'crash-test-new' },
  literature: seed.literature,
  actors: Array.from({ length: scale }, (_, i) =>
    seed.actors.map((a) => {
      const rename = (slug: string) => (i === 0 ? slug : `${slug}-x${i}`);
      return {
        ...a,
        slug: rename(a.slug),
        name: i === 0 ? a.name : `${a.name} (copy ${i})`,
        memberships: a.memberships.map((m) => ({ ...m, group: rename(m.group) })),
        documents: a.documents.map((d) => ({ ...d, id: rename(d.id), authors: d.authors.map(rename), summary: `${d.summary} (import ${i})` })),
      };
    }),
  ).flat(),
};
const db = connect(process.env.DATABASE_URL!);
migrateDatabase(db);
process.stdout.write('writing\n');
seedDatabase(db, large);
db.$client.close();
process.stdout.write('done\n');
