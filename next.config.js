/**
 * Hosts besides the request's own from which server actions are accepted: the configured site and further origins
 * (read when the server starts). The production server checks the same list first (server/http/action-guard.ts).
 */
const ourOrigins = [process.env.BETTER_AUTH_URL, ...(process.env.BETTER_AUTH_TRUSTED_ORIGINS ?? '').split(',')]
  .map((s) => (s ?? '').trim())
  .filter(Boolean)
  .map((s) => new URL(s).host);

/**
 * Server actions carry the desk's source files (issue 21), so their body limit follows SOURCE_MAX_MB (default 25,
 * 1 to 200; lib/sources/limits.ts checks the setting) with one megabyte more for the form's other fields. The
 * production server's action guard reads the same limit (server/http/action-guard.ts).
 */
const sourceMaxMb = Number(process.env.SOURCE_MAX_MB?.trim() || 25);
const actionBodyMb = (Number.isInteger(sourceMaxMb) && sourceMaxMb >= 1 && sourceMaxMb <= 200 ? sourceMaxMb : 25) + 1;

/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: { serverActions: { allowedOrigins: ourOrigins, bodySizeLimit: `${actionBodyMb}mb` } },
  // Loaded from node_modules at run time instead of bundled: a native module, and the source extractors the desk's
  // upload runs (pdf.js starts its worker from its own folder, which a bundle does not have).
  serverExternalPackages: ['better-sqlite3', 'pdfjs-dist', 'mammoth'],
  poweredByHeader: false,
  // Lets the browser tests build into their own folder, so they never disturb a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

module.exports = nextConfig;
