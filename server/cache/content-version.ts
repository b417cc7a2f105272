/**
 * The published-content version the page cache keys on: main's `data_version` row (db/schema.ts), bumped inside every
 * publish and import transaction (db/write/version.ts). Sign-in and session writes do not bump it, so they never
 * invalidate a cached page. Read on a connection of the server's own that only watches.
 *
 * No `server-only` guard: the production server (scripts/serve.ts) imports this outside the React server bundle.
 */
import type Database from 'better-sqlite3';

/**
 * "<version>.<changed_at>": the timestamp keeps two database files that happen to share a counter value (a database
 * set up anew) from sharing ETags. '0' before the table exists, so a request never fails on it.
 */
export function readContentVersion(sqlite: Database.Database): string {
  try {
    const row = sqlite.prepare('SELECT version, changed_at AS changedAt FROM data_version WHERE id = 1').get() as
      { version: number; changedAt: string } | undefined;
    return row ? `${row.version}.${row.changedAt}` : '0';
  } catch {
    return '0';
  }
}

/**
 * A cheap per-request check: SQLite's `PRAGMA data_version` changes when ANOTHER connection commits (any process),
 * so the counter row is re-read only when some commit happened; a commit that did not bump it (a session row) leaves
 * the version unchanged. The connection must never write (its own commits would not change the pragma).
 */
export function watchContentVersion(sqlite: Database.Database): () => string {
  const pragma = sqlite.prepare('PRAGMA data_version').pluck();
  let seenCommit = -1;
  let version = '';
  return () => {
    const commit = pragma.get() as number;
    if (commit !== seenCommit) {
      version = readContentVersion(sqlite);
      seenCommit = commit;
    }
    return version;
  };
}
