import 'server-only';
import { headers } from 'next/headers';
import { getSessionCookie } from 'better-auth/cookies';
import type { UserRole } from '@/lib/desk/roles';
import { currentDeskUser } from '@/server/auth/session';

/**
 * Who is reading a public page, for its desk links ("code this document", "propose a correction"). An anonymous
 * request — no session cookie — is answered without touching the database and gets exactly the page every other
 * anonymous reader gets, which is what the page cache stores (scripts/serve.ts never stores or serves a request that
 * carries a cookie). Only a request with a session cookie looks the session up, and its page is never cached.
 */
export async function deskViewer(): Promise<{ role: UserRole } | null> {
  if (!getSessionCookie(await headers())) return null;
  const user = await currentDeskUser();
  return user ? { role: user.role } : null;
}
