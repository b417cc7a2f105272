import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('choosing actors and a date through the controls writes the URL and fills the cells', async ({ page }) => {
  await page.goto('/compare');
  await page.getByText('Change what is shown').click();
  const combobox = page.getByRole('combobox', { name: 'Actors' });
  // By name, by name, by alias (the bloc's own position, first of its two choices), by alias.
  for (const typed of ['Denmark', 'China', 'EU', 'US']) {
    await combobox.fill(typed);
    await expect(page.getByRole('option').first()).toBeVisible();
    await combobox.press('Enter');
  }
  const chips = page.getByRole('list', { name: 'Chosen actors' }).getByRole('checkbox');
  await expect(chips).toHaveCount(4);
  for (const name of ['Denmark', 'China', 'European Union', 'United States']) await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked();
  await page.getByLabel('As of').fill('2021-12-31');
  await page.getByRole('button', { name: 'Show' }).click();
  // In the order chosen (the GET form repeats the key).
  await expect(page).toHaveURL(/actors=denmark&actors=china&actors=european-union&actors=united-states&/);
  await expect(page).toHaveURL(/asOf=2021-12-31/);
  await expect(page.getByRole('heading', { name: /as of 31 December 2021/ })).toBeVisible();
  const rows = page.locator('table tbody tr');
  await expect(rows).toHaveCount(4);
  const denmark = rows.filter({ has: page.getByRole('link', { name: 'Denmark', exact: true }) });
  // Codebook 1.1.0 recoded the 2020 Nordic statement from "Unsettled / open" (dataset 1.0) to political support.
  await expect(denmark.locator('td').first()).toContainText('Supported, no legal view');
  await expect(denmark.locator('td').first()).toContainText('(2020)');
  await expectNoAxeViolations(page);
});

test('the evidence panel is reached by keyboard alone and its deep link shows the same evidence', async ({ page }) => {
  await page.goto('/compare?actors=denmark&asOf=2021-12-31&dims=applicability');
  const cellLink = page.locator('table tbody td a').first();
  // Tab until the cell's link has focus, then open it with Enter.
  for (let i = 0; i < 150 && !(await cellLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(cellLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/cell=denmark:applicability/);
  const panel = page.locator('#evidence');
  await expect(panel).toContainText('We call upon all states to exercise due diligence');
  await expect(panel).toContainText('Fourth paragraph');
  await expect(panel.getByRole('link', { name: /Official source/ })).toHaveAttribute('href', /norway\.no/);
  const panelText = await panel.locator('blockquote').innerText();
  await expectNoAxeViolations(page);

  await panel.getByRole('link', { name: 'Link to this evidence' }).click();
  await expect(page).toHaveURL(/\/compare\/evidence\?actor=denmark&dim=applicability&asOf=2021-12-31/);
  await expect(page.locator('blockquote')).toHaveText(panelText);
});

test('sorting by a column uses the header link and marks the column', async ({ page }) => {
  await page.goto('/compare?dims=applicability');
  await page.getByRole('link', { name: /^Applicability/ }).click();
  await expect(page).toHaveURL(/sort=applicability/);
  await expect(page.getByRole('columnheader', { name: /Applicability/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('table tbody tr').first().locator('td').first()).toContainText('Binding obligation');
});

test('bad parameters degrade to a working view with notices', async ({ page }) => {
  const response = await page.goto('/compare?asOf=31/12/2021&actors=atlantis,denmark&dims=colour');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status').first()).toContainText('atlantis');
  await expect(page.locator('table tbody tr')).toHaveCount(1);
});

test('"Copy citation" puts the actor, document, locator and URL on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/compare?actors=denmark&asOf=2021-12-31&dims=applicability&cell=denmark:applicability');
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.locator('#evidence').getByRole('status')).toContainText('Citation copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^Denmark, Statement on behalf of the Nordic countries .* \(2020\), Fourth paragraph .*\. https:\/\/www\.norway\.no\//);
});
