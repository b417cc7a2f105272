#!/usr/bin/env bash
# npm run test:e2e: fresh e2e database, production build into its own folder, then Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
export E2E_DATABASE_URL="${E2E_DATABASE_URL:-data/e2e.db}"
rm -f "$E2E_DATABASE_URL" "$E2E_DATABASE_URL-wal" "$E2E_DATABASE_URL-shm"
DATABASE_URL="$E2E_DATABASE_URL" npx tsx scripts/setup-db.ts
npm run --silent build
npx playwright test "$@"
