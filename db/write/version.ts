/** The data version: bumped in every transaction that changes published data, read cheaply by caches. */
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';

/** Call inside the publishing/import transaction, so the new version and the new data commit together. */
export function bumpDataVersion(tx: Db, now: string): number {
  // Through drizzle, not $client: inside db.transaction() the handle is a transaction object.
  const row = tx.get<{ version: number }>(
    sql`INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, ${now})
        ON CONFLICT(id) DO UPDATE SET version = version + 1, changed_at = excluded.changed_at RETURNING version`,
  );
  return row.version;
}

/** The current data version (0 before the first migration ran, so it is never mistaken for a real version). */
export function readDataVersion(db: Db): number {
  try {
    return db.get<{ version: number } | undefined>(sql`SELECT version FROM data_version WHERE id = 1`)?.version ?? 0;
  } catch {
    return 0;
  }
}
