import 'server-only';
import { ACCOUNT_LIMITED_CODE } from './account-limit';
import type { Auth } from './config';

export type SignInResult =
  | { ok: true; setCookies: string }
  | { ok: false; kind: 'rate-limited'; scope: 'address' | 'account'; retryAfterSeconds: number }
  | { ok: false; kind: 'wrong-credentials' | 'refused'; status: number };

/**
 * Signs in through better-auth's own HTTP handler rather than `auth.api`, because only the handler applies the
 * library's rate limit (server-side `auth.api` calls are exempt) and its origin checks. The request is rebuilt
 * from the visitor's request so the limit counts per visitor address: `forwardedFor` is the X-Forwarded-For the
 * production server set to the one address it vouches for (server/http/client-address.ts).
 */
export async function signInThroughHandler(
  auth: Auth,
  credentials: { email: string; password: string },
  from: { origin: string; forwardedFor?: string | null; userAgent?: string | null },
): Promise<SignInResult> {
  const headers = new Headers({ 'content-type': 'application/json', origin: from.origin });
  if (from.forwardedFor) headers.set('x-forwarded-for', from.forwardedFor);
  if (from.userAgent) headers.set('user-agent', from.userAgent);
  const response = await auth.handler(
    new Request(`${from.origin}/api/auth/sign-in/email`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: credentials.email, password: credentials.password }),
    }),
  );
  if (response.status === 429) {
    const body = (await response.json().catch(() => ({}))) as { code?: unknown };
    const scope = body.code === ACCOUNT_LIMITED_CODE ? 'account' : 'address';
    return { ok: false, kind: 'rate-limited', scope, retryAfterSeconds: Number(response.headers.get('x-retry-after')) || 60 };
  }
  if (response.status === 401) return { ok: false, kind: 'wrong-credentials', status: 401 };
  if (!response.ok) return { ok: false, kind: 'refused', status: response.status };
  return { ok: true, setCookies: response.headers.get('set-cookie') ?? '' };
}
