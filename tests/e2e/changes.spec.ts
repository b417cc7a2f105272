import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { expectNoAxeViolations } from './axe';

test('the changes page lists documents newest first and links its Atom feed', async ({ page }) => {
  // The one-actor address of older links leads to the list of several actors' address.
  await page.goto('/changes?actor=china');
  await expect(page).toHaveURL(/\/changes\?actors=china$/);
  await expect(page.getByRole('link', { name: 'Atom feed of these changes' })).toHaveAttribute('href', '/changes.atom?actors=china');
  const rows = page.locator('#changes-table tbody tr');
  expect(await rows.count()).toBeGreaterThan(1);
  expect(await rows.evaluateAll((trs) => trs.every((tr) => tr.getAttribute('data-actor') === 'china'))).toBe(true);
  const dates = await page.locator('#changes-table tbody time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates[0]! >= dates[dates.length - 1]!).toBe(true);
  await expectNoAxeViolations(page);
});

test('filters narrow to documents that changed a value in a period, and bad input gives notices', async ({ page }) => {
  await page.goto('/changes');
  await page.getByLabel('From (YYYY, YYYY-MM or YYYY-MM-DD)').fill('2021');
  await page.getByLabel('To (same forms)').fill('2022');
  await page.getByLabel('Show').selectOption('changes');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/from=2021&to=2022&show=changes/);
  const rows = page.locator('#changes-table tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  expect(await rows.evaluateAll((trs) => trs.every((tr) => Number(tr.getAttribute('data-changes')) > 0))).toBe(true);
  const years = await page.locator('#changes-table tbody time').evaluateAll((ts) => ts.map((t) => (t.getAttribute('datetime') ?? '').slice(0, 4)));
  expect(years.every((y) => y === '2021' || y === '2022')).toBe(true);

  const res = await page.goto('/changes?actor=atlantis&from=soon&page=x');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('status').first()).toContainText('atlantis');
});

test('pages of changes link to each other', async ({ page }) => {
  await page.goto('/changes');
  await page.getByRole('link', { name: 'Older →' }).click();
  await expect(page).toHaveURL('/changes?page=2');
  await expect(page.getByRole('link', { name: '← Newer' })).toBeVisible();
});

test('the Atom feed parses, and its entries lead to pages that exist', async ({ page, request }) => {
  const res = await request.get('/changes.atom?actor=australia');
  expect(res.headers()['content-type']).toContain('application/atom+xml');
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(await res.text());
  expect(xml.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  const entries = [xml.feed.entry].flat() as { id: string; link: { '@href': string } }[];
  expect(entries.length).toBeGreaterThan(1);
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  for (const e of entries) {
    const url = new URL(e.link['@href']);
    await page.goto(url.pathname + url.hash);
    await expect(page.locator(url.hash)).toBeVisible();
  }
});
