import 'server-only';
import { connect, type Db } from './connect';
import { env } from './env';
import { createPool, snapshotConnection, withReadSnapshot, type ConnectionPool } from './read-snapshot';

/**
 * The web server's connections are read-only: pages and API routes only read, so a bug or an injected query cannot
 * write. The file must exist (`scripts/ensure-db.ts` migrates and seeds it before `next start`). Writes go through
 * their own connection (the seed CLI; the editor's write layer). An in-memory database (the unit tests) cannot be
 * opened read-only, since it is empty until the test migrates it.
 */
function open(): Db {
  const readonly = env.DATABASE_URL !== ':memory:';
  const db = connect(env.DATABASE_URL, { readonly });
  // Belt and braces: even a statement that reached this connection could not write.
  if (readonly) db.$client.pragma('query_only = ON');
  return db;
}

// One base connection per process (plus the pool's snapshot connections); kept on globalThis so dev-server reloads
// do not open new ones each time.
const globalForDb = globalThis as unknown as { trackerDb?: Db; trackerPool?: ConnectionPool | null };

function base(): Db {
  globalForDb.trackerDb ??= open();
  return globalForDb.trackerDb;
}

function pool(): ConnectionPool | null {
  // A second connection to ':memory:' would be another, empty database: tests read on the one connection.
  if (globalForDb.trackerPool === undefined)
    globalForDb.trackerPool = env.DATABASE_URL === ':memory:' ? null : createPool(open, { maxIdle: env.READ_POOL_IDLE, maxOpen: env.READ_POOL_MAX });
  return globalForDb.trackerPool;
}

/**
 * The database as the query functions see it: inside a view loader (`readView`), the loader's own snapshot
 * connection; elsewhere the process's connection. Opened on first use, not when the module loads: `next build` loads
 * route modules to read their configuration, and a read-only connection cannot be opened before the file exists.
 * A Proxy keeps every query module's `import { db }` unchanged.
 */
export const db: Db = new Proxy({} as Db, {
  get(_, prop) {
    const conn = snapshotConnection() ?? base();
    const value = Reflect.get(conn, prop, conn) as unknown;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(conn) : value;
  },
});

/** Runs a view loader's reads in one consistent snapshot (see db/read-snapshot.ts). */
export function readView<T>(load: () => Promise<T>): Promise<T> {
  return withReadSnapshot(pool(), load);
}
