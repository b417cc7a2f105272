import 'server-only';
import { connect, type Db } from './connect';
import { env } from './env';
import { createPool, snapshotConnection, withReadSnapshot, type ConnectionPool } from './read-snapshot';

// One connection per process (plus the pool's snapshot connections); kept on globalThis so dev-server reloads do not
// open new ones each time.
const globalForDb = globalThis as unknown as { trackerDb?: Db; trackerPool?: ConnectionPool | null };

const inMemory = env.DATABASE_URL === ':memory:';
const base: Db = globalForDb.trackerDb ?? connect(env.DATABASE_URL);
const pool: ConnectionPool | null = globalForDb.trackerPool ?? (inMemory ? null : createPool(() => connect(env.DATABASE_URL)));
if (process.env.NODE_ENV === 'development') {
  globalForDb.trackerDb = base;
  globalForDb.trackerPool = pool;
}

/**
 * The database as the query functions see it: inside a view loader (`readView`), the loader's own snapshot
 * connection; elsewhere the process's connection. A Proxy keeps every query module's `import { db }` unchanged.
 */
export const db: Db = new Proxy(base, {
  get(target, prop) {
    const conn = snapshotConnection() ?? target;
    const value = Reflect.get(conn, prop, conn) as unknown;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(conn) : value;
  },
});

/** Runs a view loader's reads in one consistent snapshot (see db/read-snapshot.ts). */
export function readView<T>(load: () => Promise<T>): Promise<T> {
  return withReadSnapshot(pool, load);
}
