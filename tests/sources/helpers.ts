/** A small database file for source tests: two States and an expert body, one document each. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { connect } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/seed/load';
import { actor, record, seedOf } from '../fixtures/seed';

export const STATE_DOC = 'ruritania--2026-paper';
export const OTHER_STATE_DOC = 'freedonia--2025-statement';
export const EXPERT_DOC = 'tallinn-experts--2017-manual';

export function sourceTestSeed() {
  return seedOf([
    actor('ruritania', [record(STATE_DOC, '2026-03', { applicability: 'binding_obligation' })]),
    actor('freedonia', [record(OTHER_STATE_DOC, '2025-05', {}, { type: 'oewg_statement' })]),
    actor('tallinn-experts', [record(EXPERT_DOC, '2017-02', {}, { type: 'manual' })], { kind: 'expert_body', iso3: null, un_regional_group: null }),
  ]);
}

/** A fresh, seeded database file in a temporary folder; returns its path. */
export function sourceTestDbFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sources-')), 'tracker.db');
  const db = connect(path);
  migrateDatabase(db);
  seedDatabase(db, sourceTestSeed(), { now: '2026-01-01T00:00:00.000Z' });
  db.$client.close();
  return path;
}

/** Row counts of every table of a database file (FTS shadow tables included). */
export function fileTableCounts(path: string): Record<string, number> {
  const d = new Database(path, { readonly: true });
  try {
    const tables = d.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, (d.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
  } finally {
    d.close();
  }
}
