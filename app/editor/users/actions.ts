'use server';
import { randomBytes } from 'node:crypto';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { APIError } from 'better-auth/api';
import { z } from 'zod';
import { recordAccountChange, setSelfReview, ForbiddenError, ValidationError } from '@/db/write';
import { formValues, type FormState } from '@/lib/auth/form-state';
import { USER_ROLES } from '@/lib/auth/roles';
import { textField } from '@/lib/domain/limits';
import { MIN_PASSWORD_LENGTH } from '@/server/auth/config';
import { getAuth } from '@/server/auth/instance';
import { currentDeskUser } from '@/server/auth/session';
import { whoOf } from '@/server/auth/who';
import { editorUsersHref } from '@/lib/url/hrefs';

const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email('Enter a valid email address.')),
  name: textField('name'),
  role: z.enum(USER_ROLES, 'Choose a role.'),
  password: z.union([
    z.literal(''),
    z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters, or leave empty to generate one.`).max(256),
  ]),
});

function apiMessage(e: unknown): string {
  if (e instanceof APIError) return (e.body as { message?: string } | undefined)?.message || e.message || 'Refused.';
  throw e;
}

/** better-auth checks, from the session in these headers, that the caller is an admin; so do we, before asking. */
async function adminContext() {
  const user = await currentDeskUser();
  const who = whoOf(user);
  if (!user || !who || user.role !== 'admin') return null;
  return { user, who, headers: await headers() };
}

/** Account changes go into the same append-only audit log as editorial changes (no password, ever). */
function audit(who: NonNullable<ReturnType<typeof whoOf>>, why: string, action: string, entityId: string, before: unknown, after: unknown) {
  recordAccountChange(who, why, { action, entityId, before, after });
}

export async function createUserAction(prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const keep = { email: values.email ?? '', name: values.name ?? '', role: values.role ?? '' };
  const rev = (prev.rev ?? 0) + 1;
  const ctx = await adminContext();
  if (!ctx) return { rev, values: keep, errors: {}, message: 'Only an admin may create accounts.' };
  const parsed = newUserSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (errors[String(i.path[0])] ??= []).push(i.message);
    return { rev, values: keep, errors };
  }
  const generated = parsed.data.password === '';
  const password = generated ? randomBytes(18).toString('base64url') : parsed.data.password;
  try {
    const { user } = await getAuth().api.createUser({
      body: { email: parsed.data.email, name: parsed.data.name, role: parsed.data.role, password },
      headers: ctx.headers,
    });
    audit(ctx.who, `admin created a ${parsed.data.role} account`, 'user.create', user.id, null, { email: user.email, role: parsed.data.role });
  } catch (e) {
    const message = apiMessage(e);
    return /exist/i.test(message)
      ? { rev, values: keep, errors: { email: ['An account with this email already exists.'] } }
      : { rev, values: keep, errors: {}, message };
  }
  return {
    rev,
    values: {},
    errors: {},
    done: generated
      ? `Created ${parsed.data.role} ${parsed.data.email}. Password (shown once, pass it on safely): ${password}`
      : `Created ${parsed.data.role} ${parsed.data.email} with the password you gave.`,
  };
}

const back = (msg: string) => redirect(editorUsersHref(msg));

export async function setRoleAction(form: FormData): Promise<void> {
  const ctx = await adminContext();
  if (!ctx) return back('Only an admin may change roles.');
  const userId = String(form.get('userId') ?? '');
  const role = z.enum(USER_ROLES).safeParse(form.get('role'));
  if (!role.success || !userId) return back('Choose a role.');
  if (userId === ctx.user.id && role.data !== 'admin') return back('You cannot remove your own admin role (ask another admin).');
  let msg = 'Role changed.';
  try {
    const before = (await getAuth().api.getUser({ query: { id: userId }, headers: ctx.headers })) as { role?: string; email: string };
    await getAuth().api.setRole({ body: { userId, role: role.data }, headers: ctx.headers });
    audit(ctx.who, `admin set the role to ${role.data}`, 'user.set_role', userId, { role: before.role }, { role: role.data });
    msg = `${before.email} is now ${role.data}.`;
  } catch (e) {
    msg = apiMessage(e);
  }
  back(msg);
}

export async function revokeSessionsAction(form: FormData): Promise<void> {
  const ctx = await adminContext();
  if (!ctx) return back('Only an admin may end sessions.');
  const userId = String(form.get('userId') ?? '');
  let msg = 'Sessions ended: that account must sign in again.';
  try {
    await getAuth().api.revokeUserSessions({ body: { userId }, headers: ctx.headers });
    audit(ctx.who, 'admin ended all sessions', 'user.revoke_sessions', userId, null, null);
  } catch (e) {
    msg = apiMessage(e);
  }
  back(msg);
}

/** Returns the new password to the page (never in a URL, never stored in clear) and ends the old sessions. */
export async function setPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await adminContext();
  if (!ctx) return { values: {}, errors: {}, message: 'Only an admin may set passwords.' };
  const userId = String(form.get('userId') ?? '');
  const password = randomBytes(18).toString('base64url');
  try {
    await getAuth().api.setUserPassword({ body: { userId, newPassword: password }, headers: ctx.headers });
    await getAuth().api.revokeUserSessions({ body: { userId }, headers: ctx.headers });
    audit(ctx.who, 'admin set a new password', 'user.set_password', userId, null, null);
  } catch (e) {
    return { values: {}, errors: {}, message: apiMessage(e) };
  }
  return { values: {}, errors: {}, done: `New password (shown once, pass it on safely): ${password}` };
}

export async function selfReviewAction(form: FormData): Promise<void> {
  const user = await currentDeskUser();
  const who = whoOf(user);
  if (!who) return back('Sign in first.');
  try {
    // The write layer checks the admin role and records the switch in the audit log with the reason.
    setSelfReview(who, String(form.get('reason') ?? ''), form.get('enabled') === 'true');
  } catch (e) {
    if (e instanceof ForbiddenError) return back(e.message);
    if (e instanceof ValidationError) return back('Give a reason for changing this setting.');
    throw e;
  }
  back(
    form.get('enabled') === 'true'
      ? 'Single-person review is on: authors may approve their own proposals.'
      : 'Single-person review is off: a second person must approve.',
  );
}
