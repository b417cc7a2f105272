import { db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { seedDatabase } from '@/seed/load';
import { readSeedDir } from '@/seed/read';
import type { Seed } from '@/lib/dataset/seed-schema';

/** Migrates this test file's in-memory database and loads a seed into it (the project's real seed by default). */
export function seedTestDb(seed: Seed = readSeedDir(DEFAULT_SEED_DIR)): typeof db {
  migrateDatabase(db);
  seedDatabase(db, seed, { now: '2026-01-01T00:00:00.000Z' });
  return db;
}

export function actorId(slug: string): number {
  const row = db.$client.prepare('SELECT id FROM actors WHERE slug = ?').get(slug) as { id: number } | undefined;
  if (!row) throw new Error(`no actor ${slug}`);
  return row.id;
}
