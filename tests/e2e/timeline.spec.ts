import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

async function chartData<T>(page: Page): Promise<T[]> {
  const chart = page.locator('figure.chart');
  await expect(chart.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
  return JSON.parse((await chart.getAttribute('data-series')) ?? '[]') as T[];
}

test('an actor timeline renders, and its list carries the chart points in date order', async ({ page }) => {
  await page.goto('/actors/australia');
  const points = await chartData<{ slug: string; changes: string[] }>(page);
  expect(points.length).toBeGreaterThan(1);
  const items = page.locator('ol.timeline-list > li');
  await expect(items).toHaveCount(points.length);
  expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')))).toEqual(points.map((p) => p.slug));
  for (const [i, p] of points.entries()) await expect(items.nth(i).getByText(/^★ Changed/)).toHaveCount(p.changes.length);
  await expectNoAxeViolations(page);
});

test('the diff picker leads to a diff with changed rows first', async ({ page }) => {
  await page.goto('/actors/australia');
  await page.getByRole('button', { name: 'Show differences' }).click();
  await expect(page).toHaveURL(/\/actors\/australia\/diff\?from=.+&to=.+/);
  await expect(page.locator('#changed-dimensions tbody tr').first()).toContainText('Changed');
  await expectNoAxeViolations(page);
});

test('the global timeline renders and its table carries the chart numbers', async ({ page }) => {
  await page.goto('/timeline');
  const data = await chartData<Record<string, number | string>>(page);
  expect(data.length).toBeGreaterThan(12);
  const rows = page.locator('#timeline-table tbody tr');
  await expect(rows).toHaveCount(data.length);
  const table = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({ asOf: tr.getAttribute('data-as-of'), cells: [...tr.querySelectorAll('td[data-key]')].map((td) => [td.getAttribute('data-key'), Number(td.textContent)]) })),
  );
  const byMonth = new Map(data.map((d) => [d.asOf, d]));
  for (const row of table) {
    const point = byMonth.get(row.asOf!)!;
    for (const [key, n] of row.cells) expect(n, `${row.asOf} ${key}`).toBe(point[key as string] ?? 0);
  }
  await expectNoAxeViolations(page);
  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/compare\?asOf=\d{4}-\d{2}-\d{2}&kind=state/);
});

test('the changes page lists items newest first and links its Atom feed', async ({ page }) => {
  await page.goto('/changes?actor=china');
  await expect(page.getByRole('link', { name: 'Atom feed of these changes' })).toHaveAttribute('href', '/changes.atom?actor=china');
  const dates = await page.locator('tbody time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(1);
  expect(dates[0]! >= dates[dates.length - 1]!).toBe(true);
  await expectNoAxeViolations(page);
  const feed = await page.request.get('/changes.atom?actor=china');
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
});
