import 'server-only';
import { nextCookies } from 'better-auth/next-js';
import { env } from '@/db/env';
import { getWriter } from '@/db/write/connection';
import { createAuth, type Auth } from './config';
import { configuredOrigins } from './origin';
import { resolveAuthSecret } from './secret';

// One auth instance per process, opened on first use (never at build time); kept on globalThis across dev reloads.
const globalForAuth = globalThis as unknown as { trackerAuth?: Auth };

export function getAuth(): Auth {
  // better-auth writes its own tables (users, sessions, rate-limit counters), so it uses the write layer's
  // connection, not the read connection of the public pages.
  globalForAuth.trackerAuth ??= createAuth(getWriter(), {
    secret: resolveAuthSecret(env.DATABASE_URL),
    siteUrl: process.env.BETTER_AUTH_URL || undefined,
    trustedOrigins: configuredOrigins(),
    // Lets auth.api calls made in server actions (sign-out, admin actions) set and clear cookies. Must be last.
    extraPlugins: [nextCookies()],
  });
  return globalForAuth.trackerAuth;
}
