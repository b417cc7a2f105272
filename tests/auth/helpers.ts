import { connect, type Db } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { createAuth, type Auth } from '@/server/auth/config';
import type { UserRole } from '@/lib/desk/roles';

export const SITE = 'http://127.0.0.1:3999';

/** A fresh, migrated in-memory SQLite database and a better-auth instance over it (the real config). */
export function freshAuth(): { db: Db; auth: Auth } {
  const db = connect(':memory:');
  migrateDatabase(db);
  const auth = createAuth(db, { secret: 'test-secret-0123456789-abcdefghijklmnopqrstuvwxyz' });
  return { db, auth };
}

export async function addUser(auth: Auth, email: string, role: UserRole, password = 'correct horse battery'): Promise<string> {
  const { user } = await auth.api.createUser({ body: { email, password, name: email.split('@')[0]!, role } });
  return user.id;
}

export function count(db: Db, table: string): number {
  return (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** The Cookie header a browser would send back after `setCookie`. */
export function cookieHeader(setCookie: string): string {
  return setCookie
    .split(/,(?=\s*[A-Za-z0-9_.-]+=)/)
    .map((c) => c.split(';')[0]!.trim())
    .join('; ');
}
