'use server';
/**
 * Account management (admins only): better-auth's admin plugin makes the change and checks, from the session in the
 * request headers, that the caller is an admin; the desk action checks first for a clear message, and the write
 * layer records each change in the audit log (never a password).
 */
import { randomBytes } from 'node:crypto';
import { headers } from 'next/headers';
import { APIError } from 'better-auth/api';
import { z } from 'zod';
import { ForbiddenError, recordAccountChange, setSelfReview } from '@/db/write';
import type { FieldSource } from '@/lib/desk/field-source';
import { errorsFromIssues } from '@/lib/desk/issues';
import { USER_ROLES } from '@/lib/desk/roles';
import { textField } from '@/lib/domain/limits';
import { MIN_PASSWORD_LENGTH } from '@/server/auth/config';
import { getAuth } from '@/server/auth/instance';
import { deskAction, type ReadResult } from '../action';

const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email('Enter a valid email address, like name@example.org.')),
  name: textField('name'),
  role: z.enum(USER_ROLES, 'Choose a role.'),
  password: z.union([
    z.literal(''),
    z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters, or leave it empty to generate one.`).max(256),
  ]),
});

/** better-auth's refusal in its own words ("User already exists"), or null for anything else. */
function explain(e: unknown): string | null {
  if (!(e instanceof APIError)) return null;
  const message = (e.body as { message?: string } | undefined)?.message || e.message || 'Refused.';
  return /exist/i.test(message) ? 'An account with this email already exists: change its role in the table above instead.' : message;
}

const randomPassword = () => randomBytes(18).toString('base64url');

function readWith<T>(schema: z.ZodType<T>) {
  return (f: FieldSource): ReadResult<T> => {
    const parsed = schema.safeParse(Object.fromEntries(f.entries()));
    return parsed.success ? { ok: true, input: parsed.data } : { ok: false, errors: errorsFromIssues(parsed.error.issues) };
  };
}
const accountSchema = z.object({ userId: z.string().min(1, 'This account no longer exists: reload the page.').max(200) });
// Readers are made outside the action specs: a generic call inside the spec would take its type from the spec
// before the spec's input type is known.
const readNewUser = readWith(newUserSchema);
const readRole = readWith(accountSchema.extend({ role: z.enum(USER_ROLES, 'Choose a role.') }));
const readAccount = readWith(accountSchema);
const readSelfReview = readWith(z.object({ enabled: z.enum(['true', 'false']), reason: z.string() }));

export const createUserAction = deskAction({
  role: 'admin',
  explain,
  form: 'user',
  refused: 'Only an admin may create accounts.',
  secret: ['password'],
  read: readNewUser,
  write: async (input, { who }) => {
    const password = input.password === '' ? randomPassword() : input.password;
    const { user } = await getAuth().api.createUser({ body: { email: input.email, name: input.name, role: input.role, password }, headers: await headers() });
    recordAccountChange(
      { by: who, why: `admin created a ${input.role} account` },
      {
        action: 'user.create',
        entityId: user.id,
        after: { email: user.email, role: input.role },
      },
    );
    return input.password === '' ? password : null;
  },
  after: (generated, input) => ({
    done: generated
      ? `Created ${input.role} ${input.email}. Password (shown once, pass it on safely): ${generated}`
      : `Created ${input.role} ${input.email} with the password you gave.`,
  }),
});

export const setRoleAction = deskAction({
  role: 'admin',
  explain,
  form: 'role',
  refused: 'Only an admin may change roles.',
  read: readRole,
  write: async (input, { who, user }) => {
    if (input.userId === user.id && input.role !== 'admin') throw new ForbiddenError('You cannot remove your own admin role: ask another admin.');
    const before = (await getAuth().api.getUser({ query: { id: input.userId }, headers: await headers() })) as { role?: string; email: string };
    await getAuth().api.setRole({ body: { userId: input.userId, role: input.role }, headers: await headers() });
    recordAccountChange(
      { by: who, why: `admin set the role to ${input.role}` },
      {
        action: 'user.set_role',
        entityId: input.userId,
        before: { role: before.role },
        after: { role: input.role },
      },
    );
    return `${before.email} is now ${input.role}.`;
  },
  after: (done) => ({ done }),
});

export const revokeSessionsAction = deskAction({
  role: 'admin',
  explain,
  form: 'account',
  refused: 'Only an admin may end sessions.',
  read: readAccount,
  write: async (input, { who }) => {
    await getAuth().api.revokeUserSessions({ body: { userId: input.userId }, headers: await headers() });
    recordAccountChange({ by: who, why: 'admin ended all sessions' }, { action: 'user.revoke_sessions', entityId: input.userId });
  },
  after: () => ({ done: 'Sessions ended: that account must sign in again.' }),
});

/** The new password is shown once to the admin (never in a URL, never stored in clear); the old sessions end. */
export const setPasswordAction = deskAction({
  role: 'admin',
  explain,
  form: 'account',
  refused: 'Only an admin may set passwords.',
  read: readAccount,
  write: async (input, { who }) => {
    const password = randomPassword();
    await getAuth().api.setUserPassword({ body: { userId: input.userId, newPassword: password }, headers: await headers() });
    await getAuth().api.revokeUserSessions({ body: { userId: input.userId }, headers: await headers() });
    recordAccountChange({ by: who, why: 'admin set a new password' }, { action: 'user.set_password', entityId: input.userId });
    return password;
  },
  after: (password) => ({ done: `New password (shown once, pass it on safely): ${password}` }),
});

/** The write layer checks the admin role itself and records the switch, with the reason, in the audit log. */
export const selfReviewAction = deskAction({
  role: 'admin',
  explain,
  form: 'self-review',
  refused: 'Only an admin may change who reviews.',
  read: readSelfReview,
  write: (input, { who }) => {
    setSelfReview({ by: who, why: input.reason }, input.enabled === 'true');
    return input.enabled === 'true';
  },
  after: (on) => ({
    done: on ? 'Single-person review is on: authors may approve their own proposals.' : 'Single-person review is off: a second person must approve.',
  }),
});
