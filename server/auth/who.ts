import 'server-only';
import type { Actor } from '@/db/write';
import { deskLabel, type DeskUser } from './session';

/** The `who` the write layer needs, built only from the session on the server (never from the form). */
export function whoOf(user: DeskUser | null): Actor | null {
  return user ? { userId: user.id, role: user.role, label: deskLabel(user) } : null;
}
