/**
 * Refusals are 4xx with a page that says why, never a 500 (issue 22, item 2), against the production server and its
 * build: for every server action in the build's manifest, a foreign, `null` or missing Origin (form post and
 * JavaScript call) is a 403; an unknown action, an unreadable body, arguments of the wrong shape and a hand-made
 * form post to a form-state action are a 400; every path under /api/auth answers with a body. Anonymous and with a
 * signed-in admin's cookie (the cross-site case that matters); the database does not change.
 * (The server log's error lines are checked by the reliability harness, tests/reliability/hostile-desk.ts.)
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { databaseHash } from '../reliability/db-hash';
import { deskActions, refusalCases, send, statusExpected } from '../reliability/desk-refusals';

const BASE = `http://127.0.0.1:${process.env.E2E_PORT || 3100}`;
const DB = process.env.E2E_DATABASE_URL || 'data/e2e.db';
const DIST = process.env.NEXT_DIST_DIR || '.next-e2e';
const UNCOUNTED = ['auth_session', 'auth_rate_limit'];

test('hostile desk requests are refused with a 4xx and a reason, and change nothing', async () => {
  test.setTimeout(180_000);
  const made = spawnSync('npx', ['tsx', '--conditions', 'react-server', 'tests/reliability/session-cookie.ts', 'refusals-admin@example.org', 'admin'], {
    env: { ...process.env, DATABASE_URL: DB },
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
  const adminCookie = made.stdout.trim();
  // The cookie is a real session: the users page opens with it (so the refusals below are not for want of one).
  expect((await fetch(`${BASE}/desk/users`, { headers: { cookie: adminCookie }, redirect: 'manual' })).status).toBe(200);

  const actions = deskActions(DIST);
  expect(actions.length).toBeGreaterThan(5);
  const before = databaseHash(DB, UNCOUNTED);
  const cases = [...refusalCases(BASE, actions), ...refusalCases(BASE, actions, adminCookie)];
  for (const c of cases) {
    const res = await send(BASE, c);
    expect.soft(statusExpected(c, res.status), `${c.name}: ${res.status}`).toBe(true);
    expect.soft(res.body, c.name).toMatch(c.expect.says);
  }
  expect(databaseHash(DB, UNCOUNTED)).toBe(before);
});

test('the same forms still work from their pages: a no-JavaScript sign-in form post is answered with the page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('nobody-refusals@example.org');
  await page.getByLabel('Password').fill('not the password at all');
  const answer = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect((await answer).status()).toBe(200);
  await expect(page.getByRole('alert')).toContainText(/not right|Too many/);
  await context.close();
});
