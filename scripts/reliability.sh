#!/usr/bin/env bash
# npm run test:reliability: the slow harness (docs/reliability.md) against a production build:
# URL fuzzing, hostile desk requests, fresh nonces from the page cache, the soak, then the kill -9 crash test.
# Reuses the e2e build (.next-e2e) when `npm test` made one; builds it otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
PORT="${RELIABILITY_PORT:-3101}"
DB="${RELIABILITY_DATABASE_URL:-data/reliability.db}"
LOG="data/reliability-server.log"

[ -f "$NEXT_DIST_DIR/BUILD_ID" ] || npm run --silent build
rm -f "$DB" "$DB-wal" "$DB-shm"
DATABASE_URL="$DB" npx tsx scripts/setup-db.ts

echo "== Production server on port $PORT"
DATABASE_URL="$DB" PORT="$PORT" LISTEN_HOST=127.0.0.1 NODE_ENV=production setsid npx tsx scripts/serve.ts > "$LOG" 2>&1 &
SERVER=$!
trap 'kill -- -"$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/method" && break; sleep 1; done
export BASE_URL="http://127.0.0.1:$PORT"
# The server's resident memory in kB: the largest process of its group (node running serve.ts).
server_rss() { for p in $(pgrep -g "$SERVER" || true); do awk '/^VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || true; done | sort -n | tail -1; }

echo "== URL fuzzing"
FUZZ_REQUESTS="${FUZZ_REQUESTS:-1000}" npx tsx tests/reliability/url-fuzz.ts

WARM_RSS=$(server_rss)
echo "== Hostile desk requests (refusals, the sign-in limit)"
DATABASE_URL="$DB" SERVER_LOG="$LOG" npx tsx tests/reliability/hostile-desk.ts

echo "== Fresh nonces from the page cache"
npx tsx tests/reliability/fresh-nonce.ts

echo "== Soak (SOAK_SECONDS=${SOAK_SECONDS:-30})"
DATABASE_URL="$DB" SOAK_SECONDS="${SOAK_SECONDS:-30}" npx tsx tests/reliability/soak.ts

# Memory settles (docs/reliability.md, "Memory"): after the hostile requests, the nonce check and the soak's reads and
# imports, the server holds at most 1.3 times what it held once every route had been visited (the URL fuzz).
END_RSS=$(server_rss)
echo "== Server memory: ${WARM_RSS} kB after the URL fuzz, ${END_RSS} kB after the soak"
awk -v w="$WARM_RSS" -v e="$END_RSS" 'BEGIN { r = w > 0 ? e / w : 0; printf "memory: %.2f times the warm figure (limit 1.3)\n", r; exit !(w > 0 && r <= 1.3) }'

kill -- -"$SERVER" 2>/dev/null || true
trap - EXIT

echo "== Crash test (kill -9 during a large import)"
CRASH_SCALE="${CRASH_SCALE:-3}" npx tsx tests/reliability/crash.ts
