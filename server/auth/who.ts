import 'server-only';
import type { Writer } from '@/db/write';
import { deskLabel, type DeskUser } from './session';

/** The `Writer` the write layer needs, built only from the session on the server (never from the form). */
export function whoOf(user: DeskUser | null): Writer | null {
  return user ? { userId: user.id, role: user.role, label: deskLabel(user) } : null;
}
