import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** One page of every kind. */
const PAGES = [
  '/',
  '/actors',
  '/actors/denmark',
  '/actors/united-kingdom/diff',
  '/compare',
  '/compare?view=compact',
  '/compare?actors=denmark,china&asOf=2021-12-31&cell=denmark:applicability',
  '/compare/evidence?actor=china&dim=knowledge',
  '/dimensions',
  '/dimensions/applicability?wording=denmark,china,united-kingdom',
  '/timeline',
  '/changes',
  '/briefing',
  '/briefing?actors=denmark,china,european-union,united-states',
  '/search?q=sovereignty',
  '/method',
  '/map',
  '/data',
  '/sign-in',
];

const LAYOUTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

for (const layout of LAYOUTS) {
  test.describe(`${layout.name} ${layout.width} × ${layout.height}`, () => {
    test.use({ viewport: { width: layout.width, height: layout.height } });
    for (const path of PAGES) {
      test(`${path}: no page-level sideways scroll, nothing for axe`, async ({ page }) => {
        test.setTimeout(120_000);
        const res = await page.goto(path);
        expect(res?.status()).toBe(200);
        const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(await overflow()).toBeLessThanOrEqual(0);
        // Opened disclosures (folded filters, the actor picker) must not widen the page either.
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
        expect(await overflow()).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test('the United Kingdom 2021 → 2022 diff keeps the earlier view on the silent dimension', async ({ page }) => {
  await page.goto('/actors/united-kingdom/diff?from=united-kingdom-2021-06-03-gge-contribution&to=united-kingdom-2022-05-19-speech');
  await expect(page.getByRole('heading', { name: /^Before:/ })).toContainText('2021');
  const row = page.locator('tr[data-dimension="applicability"]');
  await expect(row.locator('td').last()).toHaveText('Says nothing on this — the earlier view stands');
  await expect(row.locator('td').last()).not.toHaveText(/Changed/);
  await expect(page.locator('#changed-dimensions tr[data-dimension="applicability"]')).toHaveCount(0);
  await expect(page.locator('#changed-dimensions caption')).toHaveText('0 of 9 dimensions changed');
  // Both documents' codings stand side by side in the row.
  await expect(row.locator('td').nth(0)).toContainText('Voluntary norm only');
  await expect(row.locator('td').nth(1)).toContainText('Silent');
});

test('the header has a search box and the dimensions index is in the navigation', async ({ page }) => {
  await page.goto('/method');
  await page.getByRole('searchbox', { name: 'Search the tracker' }).fill('sovereignty');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=sovereignty/);
  await expect(page.getByRole('status')).toContainText(/\d+ documents? match/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dimensions' }).click();
  await expect(page).toHaveURL(/\/dimensions$/);
  await expect(page.getByRole('row', { name: /Applicability/ })).toContainText(/coded for \d+ of \d+ States/);
  await page.getByRole('link', { name: 'Applicability', exact: true }).click();
  await expect(page).toHaveURL(/\/dimensions\/applicability/);
});

test('side-by-side wording: chosen actors in columns, each in date order', async ({ page }) => {
  await page.goto('/dimensions/applicability');
  const form = page.getByRole('form', { name: 'Choose actors to read side by side' });
  for (const name of ['Denmark', 'United Kingdom']) await form.getByRole('checkbox', { name, exact: true }).check();
  await form.getByRole('button', { name: 'Read side by side' }).click();
  await expect(page).toHaveURL(/wording=/);
  const uk = page.getByRole('article', { name: 'United Kingdom' });
  await expect(uk).toBeVisible();
  await expect(page.getByRole('article', { name: 'Denmark' })).toBeVisible();
  const dates = await uk.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(1);
  expect([...dates].sort()).toEqual(dates);
});
