/**
 * Who is writing, and what each role may do. Checked inside every write function, on the server. The person (or
 * process) writing is a `Writer`; an `Actor` is always a State or organisation of the record.
 */
import { ForbiddenError, ValidationError } from './errors';

export type Role = 'editor' | 'reviewer' | 'admin' | 'system';

/** Who writes: a signed-in desk user (userId from auth_user.id) or the system (imports, label 'import:<dir>'). */
export type Writer = { userId: string | null; role: Role; label: string };

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

/** Throws ForbiddenError unless `by` may do `what`; also refuses a malformed writer or an empty reason. */
export function authorize(by: Writer | null | undefined, what: Permission, why: string): void {
  if (!by || typeof by.label !== 'string' || by.label.trim() === '' || !(by.role in DESK_RANK || by.role === 'system')) {
    throw new ForbiddenError('Sign in to make changes.');
  }
  // 'import:' marks rows written by an import; a person's label must never pass for one.
  if (by.role !== 'system' && by.label.startsWith('import:')) throw new ForbiddenError('This user label is reserved for imports.');
  if (!allowed(by.role, what)) throw new ForbiddenError(`Only ${NEEDED[what]} may do this; you are signed in as ${by.role}.`);
  if (typeof why !== 'string' || why.trim() === '') throw new ValidationError({ reason: ['Give a reason for this change.'] });
}

/** The label stored in created_by for rows written by an import of `dir`. */
export const importLabel = (dir: string) => `import:${dir}`;
