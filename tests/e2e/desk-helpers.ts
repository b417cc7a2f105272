/** Shared steps of the desk's browser tests: accounts from the command line, signing in, fields by label, unique ids. */
import { spawnSync } from 'node:child_process';
import { expect, type Browser, type Page } from '@playwright/test';

export const DB = process.env.E2E_DATABASE_URL || 'data/e2e.db';

/** An account made with `npm run user:add` (the way the first admin is made), password from standard input. */
export function addUser(email: string, role: 'editor' | 'reviewer' | 'admin', password: string, name: string): void {
  const r = spawnSync('npx', ['tsx', '--conditions', 'react-server', 'scripts/user-add.ts', '--email', email, '--role', role, '--name', name], {
    env: { ...process.env, DATABASE_URL: DB },
    input: password,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

/**
 * A signed-in page for a new desk account whose session is made through better-auth's server API
 * (tests/reliability/session-cookie.ts): the sign-in form allows 127.0.0.1 five attempts a minute, and the browser
 * specs run one after another, so only the specs about signing in (editorial, desk) spend them.
 */
export async function sessionPage(browser: Browser, email: string, role: 'editor' | 'reviewer' | 'admin'): Promise<Page> {
  const made = spawnSync('npx', ['tsx', '--conditions', 'react-server', 'tests/reliability/session-cookie.ts', email, role], {
    env: { ...process.env, DATABASE_URL: DB },
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
  const context = await browser.newContext();
  const url = `http://127.0.0.1:${process.env.E2E_PORT || 3100}`;
  await context.addCookies(
    made.stdout
      .trim()
      .split('; ')
      .map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url })),
  );
  const page = await context.newPage();
  await page.goto('/desk');
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

export async function signIn(browser: Browser, who: { email: string; password: string }, path = '/desk'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

/** A desk field by its label; required fields' labels end with "(required)". */
export const field = (page: Page, text: string) => page.getByLabel(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(required\\))?$`));

/** Every id on the page is used once, so every label and error link points to one element. */
export async function expectUniqueIds(page: Page): Promise<void> {
  const repeated = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(repeated).toEqual([]);
}
