/**
 * Synthetic benchmark databases (used by scripts/bench-http.ts). Synthetic data lives only in these temporary files,
 * never in seed/: the real seed is read and scaled along one of two axes.
 * - documents: every actor keeps its identity and gets n times its documents (copies under new ids, dated a week
 *   apart before the original, same codings) — the realistic growth, more statements per State over the years;
 * - actors: n renamed copies of every actor with its documents (thousands of actors: the large-scope case).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { connect } from '@/db/connect';
import { parsePartialDate } from '@/lib/domain/dates';
import { migrateDatabase } from '@/db/migrate';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { seedDatabase } from '@/seed/load';
import { readSeedDir } from '@/seed/read';
import type { Seed } from '@/lib/dataset/seed-schema';

export type Axis = 'documents' | 'actors';

export function scaleActors(seed: Seed, n: number): Seed {
  if (n === 1) return seed;
  const copies = Array.from({ length: n }, (_, i) => {
    const rename = (slug: string) => (i === 0 ? slug : `${slug}-x${i}`);
    return seed.actors.map((a) => ({
      ...a,
      slug: rename(a.slug),
      name: i === 0 ? a.name : `${a.name} (copy ${i})`,
      memberships: a.memberships.map((m) => ({ ...m, group: rename(m.group) })),
      documents: a.documents.map((d) => ({ ...d, id: rename(d.id), authors: d.authors.map(rename) })),
    }));
  });
  return { ...seed, actors: copies.flat() };
}

/** Copy i of a document is dated i weeks before the original, to the day, so every copy is a distinct step in time. */
function weeksBefore(date: string, weeks: number): string {
  const day = new Date(`${parsePartialDate(date)!.effective}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 7 * weeks);
  return day.toISOString().slice(0, 10);
}

export function scaleDocuments(seed: Seed, n: number): Seed {
  if (n === 1) return seed;
  return {
    ...seed,
    actors: seed.actors.map((a) => ({
      ...a,
      documents: a.documents.flatMap((d) => Array.from({ length: n }, (_, i) => (i === 0 ? d : { ...d, id: `${d.id}-d${i}`, date: weeksBefore(d.date, i) }))),
    })),
  };
}

/** Builds the database once (reused when the file exists), written under a temporary name so a crash leaves none. */
export function buildBenchDatabase(path: string, axis: Axis, n: number): { actors: number; documents: number } {
  const seed = readSeedDir(DEFAULT_SEED_DIR);
  const scaled = axis === 'actors' ? scaleActors(seed, n) : scaleDocuments(seed, n);
  const counts = { actors: scaled.actors.length, documents: scaled.actors.reduce((k, a) => k + a.documents.length, 0) };
  if (existsSync(path)) return counts;
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  const db = connect(partial);
  migrateDatabase(db);
  seedDatabase(db, scaled);
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.pragma('journal_mode = DELETE');
  db.$client.close();
  renameSync(partial, path);
  return counts;
}
