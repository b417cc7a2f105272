/**
 * The desk's roles, defined once. Each role can do what the roles before it can: a reviewer may also propose, an
 * admin may also review. Pure: shared by the auth config, the forms and the pages.
 */
export const USER_ROLES = ['editor', 'reviewer', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const ROLE_LABELS: Record<UserRole, string> = {
  editor: 'Editor (proposes)',
  reviewer: 'Reviewer (approves or rejects)',
  admin: 'Admin (manages users)',
};

export function isUserRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}

/** True when `role` may do what `needed` may do. Unknown or missing roles may do nothing. */
export function roleAtLeast(role: unknown, needed: UserRole): boolean {
  return isUserRole(role) && USER_ROLES.indexOf(role) >= USER_ROLES.indexOf(needed);
}
