/**
 * Hostile desk requests against a running production server (BASE_URL) whose database is DATABASE_URL and whose
 * output goes to SERVER_LOG: every case of desk-refusals.ts, anonymous and with a signed-in admin's cookie, must be
 * answered with its 4xx and a body that says why; the database must not change (content hash of every table but
 * sessions and rate-limit counters); the server must log no error line. Then the sign-in limit from one socket with
 * rotating X-Forwarded-For values (5 checked, then limited). Exit code 1 on any failure.
 *
 *   BASE_URL=http://127.0.0.1:3101 DATABASE_URL=data/reliability.db SERVER_LOG=data/reliability-server.log \
 *     NEXT_DIST_DIR=.next-e2e npx tsx tests/reliability/hostile-desk.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { databaseHash } from './db-hash';
import { deskActions, postSignIn, refusalCases, send, statusExpected } from './desk-refusals';

const BASE = process.env.BASE_URL || 'http://127.0.0.1:3101';
const DB = process.env.DATABASE_URL || 'data/reliability.db';
const LOG = process.env.SERVER_LOG || 'data/reliability-server.log';
const ADMIN_EMAIL = 'hostile-admin@example.org';
const failures: string[] = [];

/** Error lines the server wrote since `offset` (warnings, such as better-auth's "Invalid password", are not errors). */
function errorLines(offset: number): string[] {
  return readFileSync(LOG, 'utf8')
    .slice(offset)
    .split('\n')
    .filter((l) => /(^|\s)(⨯|Error\b|error:)|\bERROR\b/.test(l));
}

async function main() {
  // A session made through the server API: the sign-in attempts of this socket stay untouched for the limit check.
  const made = spawnSync('npx', ['tsx', '--conditions', 'react-server', 'tests/reliability/session-cookie.ts', ADMIN_EMAIL, 'admin'], {
    env: { ...process.env, DATABASE_URL: DB },
    encoding: 'utf8',
  });
  const adminCookie = made.stdout.trim();
  if (made.status !== 0 || !adminCookie.includes('session_token')) throw new Error(`session-cookie failed: ${made.stderr}`);

  const logStart = statSync(LOG).size;
  const hashBefore = databaseHash(DB, ['auth_session', 'auth_rate_limit']);
  const actions = deskActions(process.env.NEXT_DIST_DIR || '.next-e2e');
  const cases = [...refusalCases(BASE, actions), ...refusalCases(BASE, actions, adminCookie)];
  const byStatus = new Map<number, number>();
  for (const c of cases) {
    const res = await send(BASE, c);
    byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
    if (!statusExpected(c, res.status) || !c.expect.says.test(res.body)) {
      failures.push(`${c.name}: ${res.status} ${JSON.stringify(res.body.slice(0, 120))} (expected ${c.expect.status} saying ${c.expect.says})`);
    }
  }
  if (databaseHash(DB, ['auth_session', 'auth_rate_limit']) !== hashBefore) failures.push('the database changed');
  const errors = errorLines(logStart);
  for (const e of errors.slice(0, 10)) failures.push(`server log: ${e.slice(0, 200)}`);
  console.log(
    `hostile-desk: ${cases.length} requests over ${actions.length} actions and /api/auth (anonymous and as admin): statuses ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}; ${errors.length} error lines in the server log; database ${failures.includes('the database changed') ? 'CHANGED' : 'unchanged'}`,
  );

  // The sign-in limit: 10 wrong passwords from one socket, each naming another address in X-Forwarded-For.
  const outcomes: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = await postSignIn(BASE, ADMIN_EMAIL, `wrong password ${i} here`, `203.0.113.${i + 1}`);
    outcomes.push(/Too many sign-in attempts/.test(r.text) ? 'limited' : /not right/.test(r.text) ? 'checked' : `status ${r.status}`);
  }
  const checked = outcomes.filter((o) => o === 'checked').length;
  console.log(`sign-in limit: 10 wrong passwords with 10 X-Forwarded-For values from one socket: ${checked} checked, ${10 - checked} limited`);
  if (outcomes.join() !== [...Array(5).fill('checked'), ...Array(5).fill('limited')].join()) failures.push(`sign-in limit: ${outcomes.join(', ')}`);
  for (const f of failures.slice(0, 30)) console.log(`  FAIL ${f}`);
  if (failures.length) process.exitCode = 1;
}

void main();
