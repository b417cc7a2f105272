import { expect, test } from '@playwright/test';
import { seedStatesWith } from './seed-coverage';

/**
 * Issue 19's "one set of counts": the States holding binding obligation today, read as each page states it, equal a
 * count made here from the seed files with the as-of rule (States only), never from the pages under test.
 */
test('/, /compare and /dimensions/applicability state the same count of binding States as the seed gives', async ({ page }) => {
  const today = new Date().toISOString().slice(0, 10);
  const binding = seedStatesWith('applicability', today, 'binding_obligation');
  expect(binding.length).toBeGreaterThan(0);

  await page.goto('/');
  const table = page.locator('#state-counts-applicability');
  await expect(table.locator('caption')).toContainText(`as of ${today}`);
  const homeRow = table.locator('tr[data-key="binding_obligation"]');
  await expect(homeRow.locator('td[data-label="States"]')).toHaveText(String(binding.length));
  expect(await homeRow.locator('.name-list a').allTextContents()).toEqual(binding);

  await page.goto('/compare?value=applicability:binding_obligation');
  const count = page.locator('#value-count');
  await expect(count).toContainText(/^Holding “Binding obligation” on applicability as of /);
  const stated = (await count.textContent())!.match(/: (\d+) States?\b/);
  expect(Number(stated?.[1])).toBe(binding.length);
  await expect(page.locator('#view-summary')).toContainText(`${binding.length} States with a document`);
  const rows = page.locator('#compare-matrix tbody th[scope="row"] > a');
  expect((await rows.allTextContents()).map((t) => t.trim())).toEqual(binding);

  await page.goto('/dimensions/applicability');
  await expect(page.locator('main')).toContainText(`As of ${today}`);
  const group = page.locator('#state-counts li[data-key="binding_obligation"]');
  await expect(group).toHaveText(new RegExp(`^Binding obligation: ${binding.length} States?\\b`));
});
