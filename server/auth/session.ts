import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isUserRole, roleAtLeast, type UserRole } from '@/lib/desk/roles';
import { getAuth } from './instance';
import { signInHref } from '@/lib/url/hrefs';

export type DeskUser = { id: string; email: string; name: string; role: UserRole };

/** The signed-in desk user, read from the session row in the database (so a revoked session is gone at once). */
export async function currentDeskUser(): Promise<DeskUser | null> {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const role = (session.user as { role?: unknown }).role;
  if (!isUserRole(role)) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name, role };
}

/** For desk pages: anonymous visitors are sent to sign in and come back to `returnTo` afterwards. */
export async function requireDeskUser(returnTo: string): Promise<DeskUser> {
  const user = await currentDeskUser();
  if (!user) redirect(signInHref(returnTo));
  return user;
}

export function can(user: DeskUser | null, needed: UserRole): boolean {
  return user !== null && roleAtLeast(user.role, needed);
}

/** How a user is named in the audit log and on proposals: name and address, so it stays readable if renamed. */
export function deskLabel(user: DeskUser): string {
  return user.name && user.name !== user.email ? `${user.name} <${user.email}>` : user.email;
}
