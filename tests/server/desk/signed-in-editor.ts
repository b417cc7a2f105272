/**
 * The desk action tests' starting point: the project's seed loaded into the test's file database
 * (tests/helpers/file-database.ts) and an editor signed in through better-auth's handler, as a browser would be.
 */
import { getWriter } from '@/db/write/connection';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/seed/load';
import { readSeedDir } from '@/seed/read';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { getAuth } from '@/server/auth/instance';
import { signInThroughHandler } from '@/server/auth/sign-in';
import { cookieHeader } from '../../auth/helpers';

/** Seeds the database and returns the Cookie header of a new editor called `name`, signed in as `email`. */
export async function seededEditorCookie(email: string, name: string): Promise<string> {
  const db = getWriter();
  migrateDatabase(db);
  seedDatabase(db, readSeedDir(DEFAULT_SEED_DIR), { now: '2026-01-01T00:00:00.000Z' });
  const auth = getAuth();
  await auth.api.createUser({ body: { email, password: 'correct horse battery', name, role: 'editor' } });
  const r = await signInThroughHandler(auth, { email, password: 'correct horse battery' }, { origin: 'http://127.0.0.1:3999' });
  if (!r.ok) throw new Error('sign-in failed');
  return cookieHeader(r.setCookies);
}
