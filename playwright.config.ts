import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 3100);
const distDir = process.env.NEXT_DIST_DIR || '.next-e2e';
const databaseUrl = process.env.E2E_DATABASE_URL || 'data/e2e.db';

/**
 * Browser tests drive Debian's Chromium (/usr/bin/chromium; `npm test` checks it is there) against a production
 * build served from its own folder and its own freshly seeded database. Build first: `npm run test:e2e` does.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // axe on the largest pages (the matrix with an open evidence panel, the global timeline) is CPU-bound: 30 s was
  // exceeded on a 2-core machine busy with other builds, with nothing wrong in the page.
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // scripts/serve.ts: `next start` behind a Node server that answers TRACE/TRACK itself (Next.js gives 500) and
    // serves public pages from its page cache, as `npm start` does.
    command: `npx tsx scripts/ensure-db.ts && npx tsx scripts/serve.ts`,
    url: `http://127.0.0.1:${port}/method`,
    env: {
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PORT: String(port),
      LISTEN_HOST: '127.0.0.1',
    },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
