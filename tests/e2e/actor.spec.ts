import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('the Denmark page shows a quote with its locator and the source link', async ({ page }) => {
  await page.goto('/actors/denmark');
  await expect(page.getByRole('heading', { level: 1, name: 'Denmark' })).toBeVisible();
  const doc = page.locator('#doc-denmark-2020-joint-statement');
  await expect(doc.locator('blockquote')).toContainText('We call upon all states to exercise due diligence');
  await expect(doc.locator('figcaption')).toContainText('Fourth paragraph');
  const source = doc.getByRole('link', { name: /Official source/ });
  await expect(source).toBeVisible();
  await expect(source).toHaveAttribute('href', /norway\.no/);
  // The 2023 paper is low confidence and says so in words.
  await expect(page.locator('#doc-denmark-2023-07-04-position-paper')).toContainText('Low confidence');
  await expectNoAxeViolations(page);
});

test('an unknown actor gets the not-found page with a 404', async ({ page }) => {
  const response = await page.goto('/actors/atlantis');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Actor not found' })).toBeVisible();
});

test('the actors list filters by kind through its form', async ({ page }) => {
  await page.goto('/actors');
  await page.getByLabel('Kind').selectOption('regional_org');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/kind=regional_org/);
  await expect(page.getByRole('link', { name: 'European Union' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Denmark' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('search finds a quote and leads to the document on its actor page', async ({ page }) => {
  await page.goto('/search');
  await page.getByLabel(/Words or/).fill('"exercise due diligence and take appropriate action"');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole('status')).toContainText('1 document match');
  await expect(page.locator('mark').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /Nordic countries/ }).click();
  await expect(page).toHaveURL(/\/actors\/denmark#doc-denmark-2020-joint-statement/);
});
