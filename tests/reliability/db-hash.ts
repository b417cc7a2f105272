/** A content hash of every table in a SQLite database: equal hashes mean no row was added, removed or changed. */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

export function databaseHash(file: string, skipTables: readonly string[] = []): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash('sha256');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables.filter((t) => !skipTables.includes(t.name))) {
      hash.update(`\n#${name}\n`);
      // Sorted, so the hash depends on the rows, not on the order a scan happens to return them in.
      const rows = (db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[]).map((row) =>
        JSON.stringify(row, (_, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)),
      );
      for (const row of rows.sort()) hash.update(row);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}
