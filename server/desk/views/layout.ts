import 'server-only';
import { currentDeskUser, deskLabel } from '@/server/auth/session';

/**
 * The desk's frame: who is signed in, for the navigation. It does not send anyone to sign in: each page's loader
 * does, with its own address to come back to.
 */
export async function loadDeskLayout() {
  const user = await currentDeskUser();
  return user ? { label: deskLabel(user), role: user.role } : null;
}
