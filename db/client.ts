import 'server-only';
import { connect, type Db } from './connect';
import { env } from './env';

/**
 * The web server's connection is read-only: pages and API routes only read, so a bug or an injected query cannot
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

// One connection per process; kept on globalThis so dev-server reloads do not open a new one each time.
const globalForDb = globalThis as unknown as { trackerDb?: Db };

function current(): Db {
  globalForDb.trackerDb ??= open();
  return globalForDb.trackerDb;
}

/**
 * Opened on first use, not when the module loads: `next build` loads route modules to read their configuration,
 * and a read-only connection cannot be opened before the database file exists.
 */
export const db: Db = new Proxy({} as Db, {
  get(_, property) {
    const real = current();
    const value = Reflect.get(real, property, real) as unknown;
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});
