/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native module: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // Lets the browser tests build into their own folder, so they never disturb a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

module.exports = nextConfig;
