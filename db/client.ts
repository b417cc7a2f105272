import 'server-only';
import { connect, type Db } from './connect';
import { env } from './env';

// One connection per process; kept on globalThis so dev-server reloads do not open a new one each time.
const globalForDb = globalThis as unknown as { trackerDb?: Db };

export const db: Db = globalForDb.trackerDb ?? connect(env.DATABASE_URL);
if (process.env.NODE_ENV === 'development') globalForDb.trackerDb = db;
