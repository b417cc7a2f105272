#!/usr/bin/env bash
# npm test: type check, unit and database tests (vitest), then browser tests (Playwright + Debian Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh
bash scripts/ensure-libreoffice.sh

echo "== Type check"
npx tsc --noEmit

echo "== Lint (layer rules, Next, TypeScript) and formatting"
npm run --silent lint

echo "== Unit and database tests (vitest)"
npx vitest run

echo "== Browser tests (Playwright, Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium})"
npm run --silent test:e2e
