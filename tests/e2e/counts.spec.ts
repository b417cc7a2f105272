import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Dataset } from '@/lib/export/dataset-export';
import { asOfInputs, statesWith } from '../helpers/dataset-as-of';
import { expectNoAxeViolations } from './axe';

/** Expected names from the dataset download and the as-of rule, never from the pages under test. */
async function expected(request: APIRequestContext, key: string, asOf: string): Promise<string[]> {
  const res = await request.get('/api/v1/dataset?format=json');
  return statesWith(asOfInputs((await res.json()) as Dataset), 'applicability', asOf, key);
}

test('/, /compare and /dimensions/applicability count the same binding States, and the home page names them', async ({ page, request }) => {
  await page.goto('/');
  const table = page.locator('#state-counts-applicability');
  const today = (await table.locator('caption').textContent())!.match(/as of (\d{4}-\d{2}-\d{2})/)![1]!;
  const binding = await expected(request, 'binding_obligation', today);
  const row = table.locator('tr[data-key="binding_obligation"]');
  await expect(row).toHaveAttribute('data-count', String(binding.length));
  expect(await row.locator('.name-list a').allTextContents()).toEqual(binding);
  const noDocument = await expected(request, 'no_document', today);
  await expect(table.locator('tr[data-key="no_document"]')).toHaveAttribute('data-count', String(noDocument.length));
  await expectNoAxeViolations(page);

  await row.getByRole('link', { name: 'Binding obligation' }).click();
  await expect(page).toHaveURL(/value=applicability(%3A|:)binding_obligation/);
  const matrixRows = page.locator('main table tbody th[scope="row"] a[href^="/actors/"]');
  expect((await matrixRows.allTextContents()).map((t) => t.trim())).toEqual(binding);

  await page.goto('/dimensions/applicability');
  await expect(page.locator('#state-counts li[data-key="binding_obligation"]')).toHaveAttribute('data-count', String(binding.length));
  await expect(page.locator('#state-counts li[data-key="binding_obligation"]')).toContainText(`${binding.length} States`);
});

test('a past date counts the States that had no document then', async ({ page, request }) => {
  const asOf = '2015-12-31';
  const noDocument = await expected(request, 'no_document', asOf);
  await page.goto(`/dimensions/applicability?to=${asOf}`);
  await expect(page.locator('#state-counts li[data-key="no_document"]')).toHaveAttribute('data-count', String(noDocument.length));
});
