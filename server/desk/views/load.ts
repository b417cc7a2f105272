import 'server-only';
import { readView } from '@/db/client';
import { requireDeskUser, type DeskUser } from '@/server/auth/session';

/**
 * Every desk page's loader: the signed-in user first (an anonymous visitor goes to sign in and comes back to
 * `returnTo`), then the page's reads in one read snapshot (db/read-snapshot.ts), through db/queries only.
 */
export async function deskView<T extends object>(returnTo: string, read: (user: DeskUser) => Promise<T>): Promise<T & { user: DeskUser }> {
  const user = await requireDeskUser(returnTo);
  const data = await readView(() => read(user));
  return { ...data, user };
}
