import 'server-only';
import { connect, type Db } from '@/db/connect';
import { env } from '@/db/env';

// The writable connection, separate from the read connection in db/client.ts (which may be opened read-only).
// Opened on first use, so pages that only read never open a writer; kept on globalThis across dev reloads.
const globalForWriter = globalThis as unknown as { trackerWriter?: Db };

export function getWriter(): Db {
  globalForWriter.trackerWriter ??= connect(env.DATABASE_URL);
  return globalForWriter.trackerWriter;
}
