import 'server-only';
import { headers } from 'next/headers';
import { isSelfReviewAllowed } from '@/db/queries/desk';
import { isUserRole, type UserRole } from '@/lib/desk/roles';
import { deskUsersHref } from '@/lib/url/hrefs';
import { MIN_PASSWORD_LENGTH } from '@/server/auth/config';
import { getAuth } from '@/server/auth/instance';
import { deskView } from './load';

export type AccountRow = { id: string; name: string; email: string; role: UserRole };

/** Accounts (admins only; better-auth's admin plugin checks the session again) and the single-person-review switch. */
export const loadUsersPage = () =>
  deskView(deskUsersHref(), async (user) => {
    if (user.role !== 'admin') return { admin: false as const };
    const { users } = await getAuth().api.listUsers({ query: { limit: 500, sortBy: 'email', sortDirection: 'asc' }, headers: await headers() });
    const accounts: AccountRow[] = users.map((u) => {
      const role = (u as { role?: unknown }).role;
      return { id: u.id, name: u.name, email: u.email, role: isUserRole(role) ? role : 'editor' };
    });
    return { admin: true as const, accounts, selfReview: await isSelfReviewAllowed(), minPassword: MIN_PASSWORD_LENGTH };
  });
