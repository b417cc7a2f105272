/**
 * Sign-in attempts counted per account as well as per address: someone guessing one account's password from many
 * addresses (a botnet, a cloud's address pool, an IPv6 range) is slowed by the account's counter. A better-auth plugin,
 * so it covers the sign-in form and `/api/auth/sign-in/email` alike.
 * - Counted before the password is checked (one write transaction), so parallel guesses cannot all pass on a stale count.
 * - A successful sign-in clears the account's counter: a user who types the password right after a few slips is not
 *   held back later, and the counter only ever holds failures plus attempts in flight.
 * - Every address named is counted, existing or not: counting only real accounts would tell a prober which exist.
 *   Invented names add rows at most as fast as the per-address limit lets attempts through, and the table is capped.
 * The cost is the usual one of an account limit: someone who knows an address can hold that account's sign-in shut
 * for the window by guessing wrongly; an admin can still set a new password, and the window is short.
 */
import { createHash } from 'node:crypto';
import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import type { LimitRule, RateLimitStore } from './rate-limit-store';

export const SIGN_IN_PATH = '/sign-in/email';
export const ACCOUNT_LIMITED_CODE = 'ACCOUNT_SIGN_IN_LIMITED';

/** The counter's key: a digest of the normalised address, so the table never holds an email address. */
export function accountKey(email: string): string {
  return `account:${createHash('sha256').update(email.trim().toLowerCase()).digest('base64url')}`;
}

export function accountSignInLimit(store: RateLimitStore, rule: LimitRule): BetterAuthPlugin {
  const emailOf = (body: unknown): string | null => {
    const email = (body as { email?: unknown } | undefined)?.email;
    return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null;
  };
  return {
    id: 'account-sign-in-limit',
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            if (!email) return;
            const { allowed, retryAfter } = await store.consume(accountKey(email), rule);
            if (allowed) return;
            const seconds = retryAfter ?? rule.window;
            throw new APIError(
              'TOO_MANY_REQUESTS',
              { message: 'Too many sign-in attempts for this account. Try again later.', code: ACCOUNT_LIMITED_CODE },
              { 'X-Retry-After': String(seconds) },
            );
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            if (email && ctx.context.returned !== undefined && !isAPIError(ctx.context.returned)) store.clear(accountKey(email));
          }),
        },
      ],
    },
  };
}
