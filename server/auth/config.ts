import 'server-only';
import { betterAuth, type BetterAuthPlugin } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements } from 'better-auth/plugins/admin/access';
import type { Db } from '@/db/connect';
import { authAccounts, authRateLimits, authSessions, authUsers, authVerifications } from '@/db/schema';
import { accountSignInLimit } from './account-limit';
import { createRateLimitStore, maxRowsSetting } from './rate-limit-store';

/** Sign-in attempts allowed per client address in one window; the next one is answered 429 until the window ends.
 *  The address is the one scripts/serve.ts vouches for (server/http/client-address.ts), never a header as sent. */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: 5 } as const;
/** Sign-in attempts per account (from any number of addresses) in one window; a successful sign-in clears the count. */
export const ACCOUNT_SIGN_IN_LIMIT = { window: 15 * 60, max: 10 } as const;
/** A session lasts a working day and is checked against the database on every request (no cookie cache), so
 *  signing out or an admin revoking it takes effect at once. */
export const SESSION_SECONDS = 12 * 60 * 60;
export const MIN_PASSWORD_LENGTH = 12;

const ac = createAccessControl(defaultStatements);
/** Only admins manage users; editors and reviewers get no user or session permissions from the admin plugin. */
const roles = {
  admin: ac.newRole(adminAc.statements),
  reviewer: ac.newRole({ user: [], session: [] }),
  editor: ac.newRole({ user: [], session: [] }),
};

export type AuthSettings = {
  secret: string;
  /** BETTER_AUTH_URL: the public site URL; without it only localhost / 127.0.0.1 hosts are served (any port). */
  siteUrl?: string;
  /** Extra trusted origins (BETTER_AUTH_TRUSTED_ORIGINS, comma-separated), e.g. a second public host name. */
  trustedOrigins?: string[];
  /** Plugins that need the web runtime (next/headers), left out by the command line. */
  extraPlugins?: BetterAuthPlugin[];
  /** Most rows the rate-limit table may hold (AUTH_RATE_LIMIT_ROWS); see server/auth/rate-limit-store.ts. */
  rateLimitRows?: number;
};

export function createAuth(db: Db, settings: AuthSettings) {
  const limits = createRateLimitStore(db.$client, {
    maxRows: settings.rateLimitRows ?? maxRowsSetting(),
    longestWindowSeconds: Math.max(60, SIGN_IN_RATE_LIMIT.window, ACCOUNT_SIGN_IN_LIMIT.window),
  });
  return betterAuth({
    appName: 'Cyber Due Diligence Positions Tracker',
    secret: settings.secret,
    // Without a configured site URL, serve the local hosts on any port (npm start, the browser tests); the fallback
    // only names the base URL for calls made outside a request (the command line) and is never trusted as an origin.
    baseURL: settings.siteUrl || {
      allowedHosts: ['localhost:*', '127.0.0.1:*'],
      protocol: 'http',
      fallback: `http://localhost:${process.env.PORT || 3000}`,
    },
    trustedOrigins: settings.trustedOrigins ?? [],
    database: drizzleAdapter(db, {
      provider: 'sqlite',
      schema: {
        user: authUsers,
        session: authSessions,
        account: authAccounts,
        verification: authVerifications,
        rateLimit: authRateLimits,
      },
    }),
    // Accounts are created only by an admin or the command line: no public sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, autoSignIn: false },
    session: { expiresIn: SESSION_SECONDS, updateAge: 60 * 60, cookieCache: { enabled: false } },
    rateLimit: {
      // On in every mode (the library turns it off in development by default) and kept in SQLite, so the count
      // survives restarts and is shared by every process on the same database; bounded (rate-limit-store.ts).
      enabled: true,
      customStorage: limits,
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': { ...SIGN_IN_RATE_LIMIT } },
    },
    // The production server replaces X-Forwarded-For with the one address it vouches for (TRUSTED_PROXIES), so the
    // library reads a single value and trusts no chain of its own.
    advanced: { ipAddress: { ipAddressHeaders: ['x-forwarded-for'] } },
    telemetry: { enabled: false },
    plugins: [
      admin({ ac, roles, defaultRole: 'editor', adminRoles: ['admin'] }),
      accountSignInLimit(limits, ACCOUNT_SIGN_IN_LIMIT),
      ...(settings.extraPlugins ?? []),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
