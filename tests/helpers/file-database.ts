import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Points DATABASE_URL at a new SQLite file for this test file, before any module opens a connection. With
 * ':memory:' the write layer's connection and the read connection of the loaders would be two different, separate
 * databases; a desk action that writes and then reads (a preview, the duplicate check at review) needs one, as in
 * production. Call inside `vi.hoisted`: `await vi.hoisted(async () => (await import('../helpers/file-database')).useFileDatabase('name'))`.
 */
export function useFileDatabase(name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), `${name}-`)), 'test.db');
  process.env.DATABASE_URL = file;
  return file;
}
