import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('a dimension page groups actors by value with quotes and passes axe', async ({ page }) => {
  await page.goto('/dimensions/knowledge');
  await expect(page.getByRole('heading', { level: 1, name: 'Knowledge across actors' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Actual knowledge \(\d+ States?/ })).toBeVisible();
  await expect(page.locator('blockquote').first()).toBeVisible();
  await expect(page.getByText('Tallinn Manual experts')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel('Include expert bodies and courts').check();
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/experts=include/);
  await expect(page.getByText('not a State position').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
