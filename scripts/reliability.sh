#!/usr/bin/env bash
# npm run test:reliability: the slow harness (docs/reliability.md) against a production build:
# URL fuzzing and the soak on a running server, then the kill -9 crash test.
# Reuses the e2e build (.next-e2e) when `npm test` made one; builds it otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
PORT="${RELIABILITY_PORT:-3101}"
DB="${RELIABILITY_DATABASE_URL:-data/reliability.db}"

[ -f "$NEXT_DIST_DIR/BUILD_ID" ] || npm run --silent build
rm -f "$DB" "$DB-wal" "$DB-shm"
DATABASE_URL="$DB" npx tsx scripts/setup-db.ts

echo "== Production server on port $PORT"
DATABASE_URL="$DB" PORT="$PORT" LISTEN_HOST=127.0.0.1 NODE_ENV=production setsid npx tsx scripts/serve.ts > "data/reliability-server.log" 2>&1 &
SERVER=$!
trap 'kill -- -"$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/method" && break; sleep 1; done

echo "== URL fuzzing"
BASE_URL="http://127.0.0.1:$PORT" FUZZ_REQUESTS="${FUZZ_REQUESTS:-1000}" npx tsx tests/reliability/url-fuzz.ts

echo "== Soak (SOAK_SECONDS=${SOAK_SECONDS:-30})"
BASE_URL="http://127.0.0.1:$PORT" DATABASE_URL="$DB" SOAK_SECONDS="${SOAK_SECONDS:-30}" npx tsx tests/reliability/soak.ts
kill -- -"$SERVER" 2>/dev/null || true
trap - EXIT

echo "== Crash test (kill -9 during a large import)"
CRASH_SCALE="${CRASH_SCALE:-3}" npx tsx tests/reliability/crash.ts
