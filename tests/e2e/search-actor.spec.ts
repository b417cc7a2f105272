import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test("the header search sends a country's name, alias or ISO code to its page", async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the tracker' }).fill('China');
  await page.getByRole('searchbox', { name: 'Search the tracker' }).press('Enter');
  await expect(page).toHaveURL(/\/actors\/china$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('China');
  for (const [q, slug] of [
    ['US', 'united-states'],
    ['gbr', 'united-kingdom'],
  ]) {
    await page.goto(`/search?q=${q}`);
    await expect(page).toHaveURL(new RegExp(`/actors/${slug}$`));
  }
});

test('search labels each excerpt as their words or our summary, and can search the words of a name', async ({ page }) => {
  await page.goto('/search?q=China&text=only');
  const hits = page.locator('#document-hits > li');
  expect(await hits.count()).toBeGreaterThan(0);
  for (const source of await page.locator('#document-hits [data-source]').evaluateAll((els) => els.map((e) => e.getAttribute('data-source')))) {
    expect(['their_words', 'our_summary']).toContain(source);
  }
  await expect(page.locator('#document-hits [data-source="their_words"] .tag').first()).toHaveText('Their words');
  await expect(page.locator('#document-hits [data-source="our_summary"] .tag').first()).toHaveText('Our summary');
  // Every excerpt says whose words it is.
  expect(await page.locator('#document-hits [data-source]').count()).toBe(await page.locator('#document-hits .snippet-label').count());
  await expectNoAxeViolations(page);
});
