/**
 * Migration 0009 (document proposals): the proposals table is rebuilt to take a document's correction and withdrawal
 * as kinds. A database whose proposals are referred to by other rows (a source attached through a proposal) keeps
 * every row and every reference.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, migrateDatabase } from '@/db/migrate';
import { tempDir } from '../../seed/import-helpers';

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

describe('migration 0009: document proposals', () => {
  it('keeps proposals and the rows that refer to them, enforces foreign keys, and takes the new kinds', () => {
    const sqlite = new Database(join(tempDir('document-proposals-'), 'old.db'));
    sqlite.pragma('foreign_keys = ON');
    migrate(drizzle(sqlite), { migrationsFolder: migrationsBefore('0009_document_proposals') });
    sqlite.exec(`
      INSERT INTO documents (id, slug, title, date, date_precision, effective_date, year, type, venue)
        VALUES (1, 'denmark-2023', 'Seeded', '2023', 'year', '2023-12-31', 2023, 'position_paper', 'v');
      INSERT INTO proposals (id, kind, status, payload, reason, author_user_id, author_label, created_at)
        VALUES (7, 'coding', 'pending', '{}', 'why', 'user-eda', 'Eda Editor', '${T}');
      INSERT INTO sources (id, document_id, kind, media_type, file_name, size_bytes, sha256, obtained_on, redistribute, redistribution_reason,
                           unit_kind, unit_count, pages_without_text, extractor, attached_at, attached_by_label, attached_by_role, provenance, proposal_id, reason)
        VALUES (1, 1, 'text', 'text/plain', 'a.txt', 1, '${'a'.repeat(64)}', '2026-01-01', 0, 'r', 'page', 1, '[]', 'x', '${T}', 'Eda', 'editor', 'desk', 7, 'r');
    `);
    expect(() =>
      sqlite.exec(`INSERT INTO proposals (kind, payload, reason, author_label, created_at) VALUES ('document_withdrawal', '{}', 'r', 'E', '${T}')`),
    ).toThrow(/CHECK/);
    migrateDatabase(drizzle(sqlite));
    expect(sqlite.prepare('SELECT id, kind, reason FROM proposals').all()).toEqual([{ id: 7, kind: 'coding', reason: 'why' }]);
    expect(sqlite.prepare('SELECT proposal_id AS p FROM sources').all()).toEqual([{ p: 7 }]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    sqlite.exec(`INSERT INTO proposals (kind, payload, reason, author_label, created_at) VALUES ('document_withdrawal', '{}', 'r', 'E', '${T}')`);
    expect(() => sqlite.exec(`INSERT INTO proposals (kind, payload, reason, author_label, created_at) VALUES ('nonsense', '{}', 'r', 'E', '${T}')`)).toThrow(
      /CHECK/,
    );
    expect(() => sqlite.exec('DELETE FROM proposals WHERE id = 7')).toThrow(/FOREIGN KEY/);
  });
});
