/**
 * Migration 0006 (provenance): a database written before it — where provenance was an "import:<dir>" label read back
 * and desk work was found in the audit log — gets origin rows and origin_id columns that say the same, and stays
 * append-only.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '@/db/migrate';
import { tempDir } from '../../seed/import-helpers';

/** A copy of the migrations folder that stops before `tag`. */
function migrationsBefore(tag: string): string {
  const dir = tempDir('migrations-');
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  expect(at).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return dir;
}

const T = '2026-01-01T00:00:00.000Z';

/** The rows the write layer wrote before provenance: an import labelled import:seed, then one desk proposal. */
function oldDatabase(path: string): Database.Database {
  const sqlite = new Database(path);
  migrate(drizzle(sqlite), { migrationsFolder: migrationsBefore('0007_provenance') });
  sqlite.exec(`
    INSERT INTO codebook_dimensions (key, question, position, version) VALUES ('applicability', 'q', 0, '1.1.0');
    INSERT INTO codebook_values (dimension_key, value, label, definition, position) VALUES ('applicability', 'binding_obligation', 'B', 'd', 0);
    INSERT INTO actors (id, slug, name, kind, iso3) VALUES (1, 'denmark', 'Denmark', 'state', 'DNK'), (2, 'ruritania', 'Ruritania', 'state', 'RUR');
    INSERT INTO documents (id, slug, title, date, date_precision, effective_date, year, type, venue)
      VALUES (1, 'denmark-2023', 'Seeded', '2023', 'year', '2023-12-31', 2023, 'position_paper', 'v'),
             (2, 'ruritania-2026', 'Desk', '2026', 'year', '2026-12-31', 2026, 'position_paper', 'v');
    INSERT INTO document_authors (document_id, actor_id, summary, verified_from) VALUES (1, 1, 's', '[]'), (2, 2, 's', '[]');
    INSERT INTO codings (id, document_id, actor_id, dimension_key, value, summary, confidence, verified_from, codebook_version, created_at, created_by)
      VALUES (1, 1, 1, 'applicability', 'binding_obligation', 's', 'high', '[]', '1.1.0', '${T}', 'import:seed'),
             (2, 2, 2, 'applicability', 'binding_obligation', 's', 'high', '[]', '1.1.0', '${T}', 'Eda Editor'),
             (3, 1, 1, 'applicability', NULL, 's', 'high', '[]', '1.1.0', '${T}', 'Eda Editor');
    INSERT INTO proposals (id, kind, status, payload, reason, author_user_id, author_label, created_at, reviewed_at, result)
      VALUES (7, 'new_document', 'published', '{}', 'new State', 'user-eda', 'Eda Editor', '${T}', '${T}',
              '{"documentSlug":"ruritania-2026","codingIds":[2],"actorSlug":"ruritania"}'),
             (8, 'withdrawal', 'published', '{}', 'wrong', 'user-eda', 'Eda Editor', '${T}', '${T}', '{"documentSlug":"denmark-2023","codingIds":[3]}');
    INSERT INTO audit_log (at, actor_label, actor_role, action, entity, entity_id, reason) VALUES ('${T}', 'import:seed', 'system', 'import', 'dataset', 'import:seed', 'import of seed');
  `);
  return sqlite;
}

describe('migration 0006: provenance', () => {
  it('backfills origins from the old labels and proposals, and codings stay append-only', () => {
    const path = join(tempDir('provenance-'), 'old.db');
    const sqlite = oldDatabase(path);
    migrate(drizzle(sqlite), { migrationsFolder: MIGRATIONS_FOLDER });
    const all = <T>(q: string) => sqlite.prepare(q).all() as T[];
    expect(all('SELECT kind, label, source, proposal_id AS proposalId, user_id AS userId FROM origins ORDER BY id')).toEqual([
      { kind: 'import', label: 'import:seed', source: 'seed', proposalId: null, userId: null },
      { kind: 'desk', label: 'proposal 7 by Eda Editor', source: null, proposalId: 7, userId: 'user-eda' },
      { kind: 'desk', label: 'proposal 8 by Eda Editor', source: null, proposalId: 8, userId: 'user-eda' },
    ]);
    const kindOf = (table: string, where: string) =>
      (sqlite.prepare(`SELECT o.kind, o.proposal_id AS p FROM ${table} t JOIN origins o ON o.id = t.origin_id WHERE ${where}`).get() as {
        kind: string;
        p: number | null;
      }) ?? null;
    expect(kindOf('codings', 't.id = 1')).toEqual({ kind: 'import', p: null });
    expect(kindOf('codings', 't.id = 2')).toEqual({ kind: 'desk', p: 7 });
    expect(kindOf('codings', 't.id = 3')).toEqual({ kind: 'desk', p: 8 });
    expect(kindOf('documents', "t.slug = 'denmark-2023'")).toEqual({ kind: 'import', p: null });
    expect(kindOf('documents', "t.slug = 'ruritania-2026'")).toEqual({ kind: 'desk', p: 7 });
    expect(kindOf('actors', "t.slug = 'ruritania'")).toEqual({ kind: 'desk', p: 7 });
    expect(kindOf('actors', "t.slug = 'denmark'")).toEqual({ kind: 'import', p: null });
    expect(kindOf('document_authors', 't.document_id = 2')).toEqual({ kind: 'desk', p: 7 });
    expect(() => sqlite.prepare('UPDATE codings SET value = NULL WHERE id = 1').run()).toThrow(/append-only/);
    expect(all('SELECT id FROM current_codings ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    sqlite.close();
  });
});
