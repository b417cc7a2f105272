import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** The chart's own data (the array it was drawn from), once its SVG is on screen. */
async function chartData<T>(page: Page): Promise<T[]> {
  const chart = page.locator('figure.chart');
  await expect(chart.locator('.recharts-wrapper svg.recharts-surface').first()).toBeVisible();
  return JSON.parse((await chart.getAttribute('data-series')) ?? '[]') as T[];
}

/** The actor's documents in date order, as its page lists them (slug and the day each takes effect). */
async function actorDocuments(page: Page): Promise<{ slug: string; date: string }[]> {
  const items = page.locator('ol.timeline-list > li');
  await expect(items.first()).toBeVisible();
  return items.evaluateAll((els) => els.map((e) => ({ slug: e.getAttribute('data-slug')!, date: e.querySelector('time')!.getAttribute('datetime')! })));
}

test('an actor page lists its documents in date order, each with the value changes it brought, beside the step charts', async ({ page }) => {
  await page.goto('/actors/australia');
  const docs = await actorDocuments(page);
  expect(docs.length).toBeGreaterThan(1);
  expect(docs.map((d) => d.date)).toEqual([...docs.map((d) => d.date)].sort());
  // Every day a step table row moved is the day one of the listed documents takes effect (documents dated by month or
  // year count from the end of that period).
  const steps = await page.locator('#actor-steps tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-from')!));
  expect(steps.length).toBeGreaterThan(0);
  const changedItems = await page.locator('ol.timeline-list > li').filter({ hasText: '★ Changed' }).count();
  expect(changedItems).toBeGreaterThan(0);
  await expect(page.locator('figure.chart svg.recharts-surface').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the diff between the first and latest documents marks changed rows first, with both documents side by side', async ({ page }) => {
  await page.goto('/actors/australia');
  const docs = await actorDocuments(page);
  const picker = page.locator('form[aria-labelledby="diff-heading"]');
  await picker.locator('select[name="from"]').selectOption(docs[0]!.slug);
  await picker.locator('select[name="to"]').selectOption(docs[docs.length - 1]!.slug);
  await page.getByRole('button', { name: 'Show differences' }).click();
  await expect(page).toHaveURL(`/actors/australia/diff?from=${docs[0]!.slug}&to=${docs[docs.length - 1]!.slug}`);
  const changed = page.locator('#changed-dimensions tbody tr');
  expect(await changed.count()).toBeGreaterThan(0);
  for (const row of await changed.all()) await expect(row.locator('td').last()).toHaveText('Changed');
  await expect(page.locator('#unchanged-dimensions tbody tr[data-changed="true"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Before:/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^After:/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('#unchanged-dimensions').evaluate((t) => t.closest('details')?.setAttribute('open', ''));
  await expectNoAxeViolations(page);
});

test('a diff link given latest first is shown in date order with a notice', async ({ page }) => {
  await page.goto('/actors/australia');
  const docs = await actorDocuments(page);
  await page.goto(`/actors/australia/diff?from=${docs[docs.length - 1]!.slug}&to=${docs[0]!.slug}`);
  await expect(page.getByRole('status')).toContainText('date order');
  await expect(page.getByRole('heading', { name: /^Before:/ })).toContainText(docs[0]!.date.slice(0, 4));
});

test('the global timeline renders and its table carries the chart numbers', async ({ page }) => {
  // Axe over the month table: room for a slow, shared machine (nothing here measures speed).
  test.setTimeout(120_000);
  await page.goto('/timeline');
  const data = await chartData<Record<string, number | string>>(page);
  expect(data.length).toBeGreaterThan(12);
  const rows = page.locator('#timeline-table tbody tr');
  await expect(rows).toHaveCount(data.length);
  const keys = await page.locator('#timeline-table thead th[data-key]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-key')!));
  const table = await rows.evaluateAll(
    (trs, keys) =>
      trs.map((tr) => ({
        asOf: tr.getAttribute('data-as-of')!,
        cells: [...tr.querySelectorAll('td')].slice(0, keys.length).map((td, i) => [keys[i]!, Number(td.textContent)] as const),
      })),
    keys,
  );
  const byMonth = new Map(data.map((d) => [d.asOf, d]));
  for (const row of table) {
    const point = byMonth.get(row.asOf)!;
    expect(row.cells.length).toBe(Object.keys(point).length - 1);
    for (const [key, n] of row.cells) expect(n, `${row.asOf} ${key}`).toBe(point[key]);
  }
  // Only months where a count moved are listed (newest first): no two neighbouring rows have the same counts, except
  // the latest month, which is always listed.
  const counts = table.map((r) => JSON.stringify(r.cells));
  for (let i = 1; i < counts.length - 1; i++) expect(counts[i], table[i]!.asOf).not.toBe(counts[i + 1]);
  // The chart still has a slot for every month from the first listed to the latest (its x axis is one per month).
  const months = (Date.parse(table[0]!.asOf) - Date.parse(table[table.length - 1]!.asOf)) / (30.44 * 86_400_000);
  expect(months).toBeGreaterThan(data.length);
  await expectNoAxeViolations(page);
  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/compare\?asOf=\d{4}-\d{2}-\d{2}&kind=state$/);
});

test('the multilateral moments are numbered as the chart’s dashed lines, and every one can be listed', async ({ page }) => {
  await page.goto('/timeline');
  await chartData(page);
  const items = page.locator('section[aria-labelledby="moments"] ol > li');
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  const start = Number((await page.locator('section[aria-labelledby="moments"] ol').getAttribute('start')) ?? '1');
  // The dashed lines' labels are numbers; the bands' direct labels start with their symbol.
  const labels = (await page.locator('figure.chart text.recharts-label').allTextContents()).filter((t) => /^\d+$/.test(t));
  expect(labels.map(Number)).toEqual(Array.from({ length: count }, (_, i) => start + i));
  await page.goto('/timeline?moments=all');
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeGreaterThanOrEqual(count);
  await page.goto('/timeline?moments=some');
  await expect(page.getByText('Unknown moments value "some" ignored.')).toBeVisible();
});

test('clicking the chart or picking a date opens the comparison as of that day, with the same filters', async ({ page }) => {
  await page.goto('/timeline?group=european-union');
  await chartData(page);
  const plot = page.locator('figure.chart .recharts-surface').first();
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await expect(page).toHaveURL(/\/compare\?asOf=\d{4}-\d{2}-\d{2}&kind=state&group=european-union$/);
  await page.goto('/timeline?region=Europe');
  await page.getByLabel('Compare positions as of').fill('2021-12-31');
  await page.getByRole('button', { name: 'Open comparison' }).click();
  await expect(page).toHaveURL('/compare?asOf=2021-12-31&kind=state&region=Europe');
});

test('the global timeline for EU members renders with the multilateral moments and is axe-clean', async ({ page }) => {
  await page.goto('/timeline?group=european-union');
  const data = await chartData<{ asOf: string }>(page);
  expect(data.length).toBeGreaterThan(12);
  await expect(page.getByRole('heading', { name: 'Key multilateral moments in the data' })).toBeVisible();
  await expectNoAxeViolations(page);
});
