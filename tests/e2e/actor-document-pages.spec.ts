/**
 * An actor page with more documents than a page, in a real browser against the production server (scripts/serve.ts,
 * this build) on its own database: the real seed with four dated copies of every document
 * (tests/helpers/scaled-database.ts), so Denmark has twelve — two pages of cards. The shared e2e database holds at
 * most eight per actor, so this spec starts a second server of its own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const PORT = Number(process.env.E2E_PORT || 3100) + 50;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = `${process.env.E2E_DATABASE_URL || 'data/e2e.db'}.paged.db`;
let server: ChildProcess;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const built = spawnSync('npx', ['tsx', 'tests/helpers/scaled-database.ts', DB, '4'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  server = spawn('npx', ['tsx', 'scripts/serve.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: DB,
      PORT: String(PORT),
      LISTEN_HOST: '127.0.0.1',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next-e2e',
    },
    stdio: 'ignore',
    detached: true,
  });
  await expect.poll(async () => (await fetch(`${BASE}/method`).catch(() => null))?.status ?? 0, { timeout: 60_000, intervals: [250] }).toBe(200);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${DB}${suffix}`, { force: true });
});

const cards = (page: Page) => page.locator('ol.doc-list > li > article.doc');
const pager = (page: Page, position: 'top' | 'bottom') => page.getByRole('navigation', { name: `Pages of documents (${position})` });

test('opens on the newest documents, pages back to the earlier ones and forward again, and stays accessible', async ({ page }) => {
  await page.goto(`${BASE}/actors/denmark`);
  await expect(pager(page, 'top')).toContainText('Documents 11–12 of 12 (page 2 of 2)');
  await expect(cards(page)).toHaveCount(2);
  await expect(pager(page, 'top').getByRole('link', { name: /Later/ })).toHaveCount(0);
  // "Document by document" still lists all twelve.
  await expect(page.getByRole('list', { name: 'Documents in date order' }).locator(':scope > li')).toHaveCount(12);
  await expectNoAxeViolations(page);

  await pager(page, 'bottom').getByRole('link', { name: '← Earlier 10' }).click();
  await expect(page).toHaveURL(`${BASE}/actors/denmark?page=1`);
  await expect(pager(page, 'top')).toContainText('Documents 1–10 of 12 (page 1 of 2)');
  await expect(cards(page)).toHaveCount(10);
  // The list continues the numbering of the whole: the first card of page 1 is item 1.
  await expect(page.locator('ol.doc-list')).not.toHaveAttribute('start');
  await expectNoAxeViolations(page);

  // Keyboard: the pager's links are reachable and followed with Enter.
  const later = pager(page, 'top').getByRole('link', { name: 'Later 2 →' });
  await later.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${BASE}/actors/denmark?page=2`);
  await expect(page.locator('ol.doc-list')).toHaveAttribute('start', '11');
});

test('a link to a document whose card is on another page lands on its entry, which leads to the card', async ({ page }) => {
  await page.goto(`${BASE}/actors/denmark?page=1`);
  const oldest = await cards(page).first().getAttribute('id');
  expect(oldest).toMatch(/^doc-/);
  // As the changes feed and search write it: no page named.
  await page.goto(`${BASE}/actors/denmark#${oldest}`);
  const entry = page.locator(`li[id="${oldest}"]`);
  await expect(entry).toBeInViewport();
  await entry.getByRole('link').first().click();
  await expect(page).toHaveURL(`${BASE}/actors/denmark?page=1#${oldest}`);
  await expect(page.locator(`article[id="${oldest}"]`)).toBeInViewport();
});

test('fits a phone: no sideways scroll on either page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/actors/denmark', '/actors/denmark?page=1']) {
    await page.goto(`${BASE}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  }
});
