/**
 * Hosts besides the request's own from which server actions are accepted: the configured site and further origins
 * (read when the server starts). The production server checks the same list first (server/http/action-guard.ts).
 */
const ourOrigins = [process.env.BETTER_AUTH_URL, ...(process.env.BETTER_AUTH_TRUSTED_ORIGINS ?? '').split(',')]
  .map((s) => (s ?? '').trim())
  .filter(Boolean)
  .map((s) => new URL(s).host);

/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: { serverActions: { allowedOrigins: ourOrigins } },
  // Native module: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // Lets the browser tests build into their own folder, so they never disturb a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

module.exports = nextConfig;
