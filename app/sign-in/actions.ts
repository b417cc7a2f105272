'use server';
import { headers, cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';
import { z } from 'zod';
import { formValues } from '@/lib/desk/field-source';
import type { FormState } from '@/lib/desk/form-state';
import { safeReturnPath } from '@/lib/desk/return-path';
import { getAuth } from '@/server/auth/instance';
import { signInThroughHandler } from '@/server/auth/sign-in';

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your email address.').max(254).pipe(z.email('Enter a valid email address.')),
  password: z.string().min(1, 'Enter your password.').max(256, 'At most 256 characters.'),
});

const waitText = (seconds: number) => (seconds > 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`);

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const keep = { email: values.email ?? '', next: values.next ?? '' }; // never echo the password back
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (errors[String(i.path[0])] ??= []).push(i.message);
    return { values: keep, errors };
  }
  const h = await headers();
  const origin = process.env.BETTER_AUTH_URL
    ? new URL(process.env.BETTER_AUTH_URL).origin
    : `${(h.get('x-forwarded-proto') ?? 'http').split(',')[0]}://${h.get('x-forwarded-host') ?? h.get('host')}`;
  const result = await signInThroughHandler(getAuth(), parsed.data, {
    origin,
    forwardedFor: h.get('x-forwarded-for'),
    userAgent: h.get('user-agent'),
  });
  if (!result.ok) {
    const message =
      result.kind === 'rate-limited'
        ? `Too many sign-in attempts ${result.scope === 'account' ? 'for this account' : 'from this address'}. Try again in ${waitText(result.retryAfterSeconds)}.`
        : result.kind === 'wrong-credentials'
          ? 'Email or password is not right.'
          : 'Sign-in was refused. If your account was suspended, ask an admin.';
    return { values: keep, errors: {}, message };
  }
  const jar = await cookies();
  parseSetCookieHeader(result.setCookies).forEach((attributes, name) => {
    if (name) jar.set(name, attributes.value, toCookieOptions(attributes));
  });
  redirect(safeReturnPath(values.next));
}

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect('/sign-in?signedOut=1');
}
