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

type Snapshot = { conn: Db; memo: Map<string, Promise<unknown>> };
const current = new AsyncLocalStorage<Snapshot>();

/** The connection bound to the running loader, if any. */
export function snapshotConnection(): Db | undefined {
  return current.getStore()?.conn;
}

/**
 * Memoises a read for the rest of the running snapshot: within one snapshot the same query always gives the same
 * rows, so parts of a view that need the same list (an actor row, the regions, an actor's evidence) read it once.
 * Outside a snapshot it just runs. Callers must treat the result as read-only.
 */
export function memoInSnapshot<T>(name: string, read: () => Promise<T>): () => Promise<T>;
export function memoInSnapshot<A extends string, T>(name: string, read: (key: A) => Promise<T>): (key: A) => Promise<T>;
export function memoInSnapshot<A extends string, T>(name: string, read: (key: A) => Promise<T>): (key: A) => Promise<T> {
  return (key: A) => {
    const snap = current.getStore();
    if (!snap) return read(key);
    const k = `${name}\u0000${key ?? ''}`;
    let hit = snap.memo.get(k) as Promise<T> | undefined;
    if (!hit) {
      hit = read(key);
      snap.memo.set(k, hit);
    }
    return hit;
  };
}

export type ConnectionPool = { acquire(): Promise<Db>; release(conn: Db): void };
export type PoolBounds = { maxIdle: number; maxOpen: number };

/**
 * Idle connections are kept (up to `maxIdle`, READ_POOL_IDLE) and reused; a busy pool opens another rather than
 * making a reader wait, up to `maxOpen` at once (READ_POOL_MAX): each connection holds its own page cache, so a burst
 * of a thousand requests must not open a thousand. Past it, readers wait in turn for a connection to come back; no
 * holder waits on a waiter (a loader nested in another reuses its snapshot), so the queue always drains.
 */
export function createPool(open: () => Db, { maxIdle, maxOpen }: PoolBounds = { maxIdle: 4, maxOpen: 16 }): ConnectionPool {
  const idle: Db[] = [];
  const waiting: ((conn: Db) => void)[] = [];
  let opened = 0;
  return {
    acquire: async () => {
      const reused = idle.pop();
      if (reused) return reused;
      if (opened < maxOpen) {
        const conn = open();
        opened += 1;
        return conn;
      }
      return new Promise<Db>((resolve) => waiting.push(resolve));
    },
    release: (conn) => {
      const next = waiting.shift();
      if (next) next(conn);
      else if (idle.length < maxIdle) idle.push(conn);
      else {
        opened -= 1;
        conn.$client.close();
      }
    },
  };
}

/**
 * Runs `load` inside one read snapshot taken from `pool`. Without a pool (an in-memory test database, where a second
 * connection would be a different, empty database) it runs on the caller's connection as it is.
 */
export async function withReadSnapshot<T>(pool: ConnectionPool | null, load: () => Promise<T>): Promise<T> {
  if (!pool || current.getStore()) return load();
  const conn = await pool.acquire();
  conn.$client.exec('BEGIN');
  try {
    // In WAL mode a deferred transaction takes its snapshot at its first read; every later read sees the same one.
    return await current.run({ conn, memo: new Map() }, load);
  } finally {
    conn.$client.exec('COMMIT');
    pool.release(conn);
  }
}
