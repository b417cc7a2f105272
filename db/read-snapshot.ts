/**
 * Consistent reads: a view loader runs all its queries against one SQLite read snapshot, so a page never sees half of
 * a reseed or a publish that commits while it renders.
 *
 * Why a pool and AsyncLocalStorage rather than `db.transaction()`: the query functions are async and a request's
 * awaits interleave with other requests on the same event loop. A transaction opened on the shared connection would
 * be joined by whatever other request ran in between (and SQLite cannot nest BEGIN). So each loader borrows a
 * connection of its own, opens a deferred transaction (in WAL mode the snapshot is fixed by its first read), and the
 * `db` export resolves to that connection for everything awaited inside the loader.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './connect';

const current = new AsyncLocalStorage<Db>();

/** The connection bound to the running loader, if any. */
export function snapshotConnection(): Db | undefined {
  return current.getStore();
}

export type ConnectionPool = { acquire(): Db; release(conn: Db): void };

/** Idle connections are kept (up to `maxIdle`) and reused; a busy pool opens another rather than making a reader wait. */
export function createPool(open: () => Db, maxIdle = 4): ConnectionPool {
  const idle: Db[] = [];
  return {
    acquire: () => idle.pop() ?? open(),
    release: (conn) => {
      if (idle.length < maxIdle) idle.push(conn);
      else conn.$client.close();
    },
  };
}

/**
 * Runs `load` inside one read snapshot taken from `pool`. Without a pool (an in-memory test database, where a second
 * connection would be a different, empty database) it runs on the caller's connection as it is.
 */
export async function withReadSnapshot<T>(pool: ConnectionPool | null, load: () => Promise<T>): Promise<T> {
  if (!pool || current.getStore()) return load();
  const conn = pool.acquire();
  conn.$client.exec('BEGIN');
  try {
    // Fix the snapshot now: in WAL mode a deferred transaction takes its snapshot at the first read.
    conn.$client.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
    return await current.run(conn, load);
  } finally {
    conn.$client.exec('COMMIT');
    pool.release(conn);
  }
}
