/** Who is writing, and what each role may do. Checked inside every write function, on the server. */
import { ForbiddenError, ValidationError } from './errors';

export type Role = 'editor' | 'reviewer' | 'admin' | 'system';

/** Who writes: a signed-in desk user (userId from auth_user.id) or the system (imports, label 'import:<dir>'). */
export type Actor = { userId: string | null; role: Role; label: string };

/** Desk roles in increasing power; 'system' is outside the ladder (imports only). */
const DESK_RANK: Record<Exclude<Role, 'system'>, number> = { editor: 1, reviewer: 2, admin: 3 };

export type Permission = 'propose' | 'review' | 'manage' | 'import';

function allowed(role: Role, what: Permission): boolean {
  if (what === 'import') return role === 'system' || role === 'admin';
  if (role === 'system') return false;
  const rank = DESK_RANK[role];
  if (rank === undefined) return false;
  return what === 'propose' ? rank >= 1 : what === 'review' ? rank >= 2 : rank >= 3;
}

const NEEDED: Record<Permission, string> = {
  propose: 'an editor, reviewer or admin',
  review: 'a reviewer or admin',
  manage: 'an admin',
  import: 'the system (an import) or an admin',
};

/** Throws ForbiddenError unless `who` may do `what`; also refuses a malformed actor or an empty reason. */
export function authorize(who: Actor | null | undefined, what: Permission, why: string): void {
  if (!who || typeof who.label !== 'string' || who.label.trim() === '' || !(who.role in DESK_RANK || who.role === 'system')) {
    throw new ForbiddenError('Sign in to make changes.');
  }
  // 'import:' marks rows written by an import; a person's label must never pass for one.
  if (who.role !== 'system' && who.label.startsWith('import:')) throw new ForbiddenError('This user label is reserved for imports.');
  if (!allowed(who.role, what)) throw new ForbiddenError(`Only ${NEEDED[what]} may do this; you are signed in as ${who.role}.`);
  if (typeof why !== 'string' || why.trim() === '') throw new ValidationError({ reason: ['Give a reason for this change.'] });
}

/** The label stored in created_by for rows written by an import of `dir`. */
export const importLabel = (dir: string) => `import:${dir}`;
export const isImportLabel = (label: string | null) => label === null || label.startsWith('import:');
