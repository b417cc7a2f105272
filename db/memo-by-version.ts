import 'server-only';
import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { env } from './env';
import { snapshotConnection } from './read-snapshot';

/**
 * Memoises a read across requests for as long as the published content does not change: renders of other URL states
 * of the same views (page-cache misses) then reuse the same as-of inputs instead of reading and resolving them again.
 *
 * Keyed by the content version (table `data_version`, bumped in every publish and import transaction) as read in the
 * running view loader's own snapshot, so an entry holds exactly the data of its version and is never served for
 * another: never across versions. Only inside a view loader (db/read-snapshot.ts); elsewhere (scripts, tests on an
 * in-memory database, which write fixtures without bumping the counter) it just runs. Results are shared between
 * requests: callers must treat them as read-only. At most `maxEntries` (VIEW_MEMO_ENTRIES, default 32) results per
 * memoised read are kept, the least recently used let go first.
 */
const versionStatements = new WeakMap<Database.Database, Database.Statement>();

function snapshotVersion(): number | null {
  const conn = snapshotConnection();
  if (!conn) return null;
  const sqlite = conn.$client;
  let stmt = versionStatements.get(sqlite);
  if (!stmt) {
    try {
      stmt = sqlite.prepare('SELECT version FROM data_version WHERE id = 1').pluck();
    } catch {
      return null; // a database from before the counter existed: no memo
    }
    versionStatements.set(sqlite, stmt);
  }
  return (stmt.get() as number | undefined) ?? null;
}

export function memoByContentVersion<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  keyOf: (...args: A) => string = (...args) => JSON.stringify(args),
  maxEntries = env.VIEW_MEMO_ENTRIES,
): (...args: A) => Promise<R> {
  // VIEW_MEMO_ENTRIES=0: every read runs (LRUCache needs a positive bound).
  if (maxEntries === 0) return fn;
  const entries = new LRUCache<string, Promise<R>>({ max: maxEntries });
  let latest = -1;
  return (...args: A): Promise<R> => {
    const version = snapshotVersion();
    if (version === null) return fn(...args);
    if (version > latest) {
      // Newer content: what older versions computed is never asked for again (memory is freed at once).
      entries.clear();
      latest = version;
    }
    // A snapshot that began before the latest publish reads for itself and keeps nothing.
    if (version < latest) return fn(...args);
    const key = `${version}\u0000${keyOf(...args)}`;
    const hit = entries.get(key);
    if (hit) return hit;
    const result = fn(...args);
    // A failed read is not kept: the next request tries again.
    result.catch(() => entries.get(key) === result && entries.delete(key));
    entries.set(key, result);
    return result;
  };
}
