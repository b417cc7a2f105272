import { expect, test, type APIRequestContext } from '@playwright/test';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import type { Dataset } from '@/lib/export/dataset-export';
import { sameOutcome } from '@/lib/then-and-now/then-and-now';
import { asOfInputs, outcomeOf, type ActorInputs } from '../helpers/dataset-as-of';
import { expectNoAxeViolations } from './axe';

async function dataset(request: APIRequestContext): Promise<Map<string, ActorInputs>> {
  return asOfInputs((await (await request.get('/api/v1/dataset?format=json')).json()) as Dataset);
}

test('then and now marks exactly the cells whose as-of outcome differs between 2015-12-31 and today', async ({ page, request }) => {
  test.slow();
  const inputs = await dataset(request);
  await page.goto(`/compare/then-and-now?dims=${DIMENSION_KEYS.join(',')}`);
  const caption = (await page.locator('#then-and-now caption').textContent())!;
  const today = caption.match(/today \((\d{4}-\d{2}-\d{2})\)/)![1]!;
  const cells = await page.locator('#then-and-now td[data-side="now"]').evaluateAll((tds) =>
    tds.map((td) => ({
      actor: td.closest('tr')!.getAttribute('data-actor')!,
      dim: td.getAttribute('data-dimension')!,
      changed: td.getAttribute('data-changed') === 'true',
      text: td.textContent ?? '',
    })),
  );
  expect(cells.length).toBe((await page.locator('#then-and-now tbody tr').count()) * DIMENSION_KEYS.length);
  for (const c of cells) {
    const a = inputs.get(c.actor)!;
    const dim = c.dim as (typeof DIMENSION_KEYS)[number];
    expect(c.changed, `${c.actor} ${c.dim}`).toBe(!sameOutcome(dim, outcomeOf(a, dim, '2015-12-31'), outcomeOf(a, dim, today)));
    // Marked in words, not by colour alone.
    if (c.changed) expect(c.text).toMatch(/Changed|New document, not yet coded/);
  }
  await expectNoAxeViolations(page);
});

test('from /compare to then and now for China and the US, with what changed in words', async ({ page }) => {
  await page.goto('/compare?actors=china,united-states');
  await page.getByRole('link', { name: /^Then and now/ }).click();
  await expect(page).toHaveURL(/\/compare\/then-and-now\?actors=china,united-states/);
  await expect(page.locator('#then-and-now tbody tr')).toHaveCount(2);
  const changed = await page.locator('#then-and-now tbody td[data-side="now"][data-change="position"]').count();
  expect(changed).toBeGreaterThan(0);
  await expect(page.locator('#tn-summary')).toHaveAttribute('data-changed', String(changed));
  await expect(page.locator('#tn-change-list li[data-actor="china"]')).toContainText('Applicability');
  await expectNoAxeViolations(page);
});

test('/changes with two actors lists both, and /timeline follows both with a step line each', async ({ page, request }) => {
  // Two pages through axe, one of them with every State's month-end counts: room for a busy shared machine.
  test.slow();
  const inputs = await dataset(request);
  await page.goto('/changes?actors=china,united-states');
  const actors = await page.locator('#changes-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-actor')));
  expect(new Set(actors)).toEqual(new Set(['china', 'united-states']));
  expect(actors).toHaveLength(inputs.get('china')!.documents.length + inputs.get('united-states')!.documents.length);
  await expectNoAxeViolations(page);

  await page.goto('/timeline');
  // Chosen by typing in the combobox: a name, then an alias.
  const combobox = page.getByRole('combobox', { name: 'Actors' });
  for (const typed of ['China', 'US']) {
    await combobox.fill(typed);
    await expect(page.getByRole('option').first()).toBeVisible();
    await combobox.press('Enter');
  }
  await page.getByRole('button', { name: 'Follow' }).click();
  // The chips send the key once per actor, in the order chosen.
  await expect(page).toHaveURL(/actors=china&actors=united-states/);
  const chart = page.locator('#followed figure.chart');
  await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
  const series = JSON.parse((await chart.getAttribute('data-series'))!) as { key: string }[];
  expect(series.map((s) => s.key)).toEqual(['china', 'united-states']);
  // The table twin: a column per actor, each cell the as-of outcome on that row's day.
  const cells = await page
    .locator('#followed-steps tbody td')
    .evaluateAll((tds) =>
      tds.map((td) => ({ from: td.closest('tr')!.getAttribute('data-from')!, actor: td.getAttribute('data-column')!, key: td.getAttribute('data-key')! })),
    );
  expect(cells.length).toBeGreaterThan(0);
  for (const c of cells) {
    const o = outcomeOf(inputs.get(c.actor)!, 'applicability', c.from);
    expect(c.key, `${c.actor} ${c.from}`).toBe(o.kind === 'value' || o.kind === 'silent' ? o.value : o.kind);
  }
  await expectNoAxeViolations(page);
});

test("an actor's chart shows its position per dimension over time, with a table twin", async ({ page, request }) => {
  const uk = (await dataset(request)).get('united-kingdom')!;
  await page.goto('/actors/united-kingdom');
  const charts = page.locator('#positions-over-time ~ .step-charts figure.chart');
  await expect(charts.first().locator('svg.recharts-surface')).toBeVisible();
  const keys = await page.locator('#actor-steps thead th').allTextContents();
  expect(keys[0]).toBe('From');
  expect(await charts.count()).toBe(keys.length - 1);
  const cells = await page
    .locator('#actor-steps tbody td')
    .evaluateAll((tds) =>
      tds.map((td) => ({ from: td.closest('tr')!.getAttribute('data-from')!, dim: td.getAttribute('data-column')!, key: td.getAttribute('data-key')! })),
    );
  for (const c of cells) {
    const o = outcomeOf(uk, c.dim as (typeof DIMENSION_KEYS)[number], c.from);
    expect(c.key, `${c.dim} ${c.from}`).toBe(o.kind === 'value' || o.kind === 'silent' ? o.value : o.kind);
  }
  // The axis is positions, not document types.
  await expect(charts.first()).not.toContainText('Speech');
  await expectNoAxeViolations(page);
});

test("the United Kingdom's diff page compares, by default, the documents where its position changed", async ({ page }) => {
  await page.goto('/actors/united-kingdom/diff');
  await expect(page.locator('#default-pair')).toBeVisible();
  await expect(page.locator('#changed-dimensions tr[data-dimension="applicability"]')).toHaveCount(1);
  await expect(page.locator('#changed-dimensions caption')).not.toHaveText(/^0 of/);
  await expectNoAxeViolations(page);
});

test.describe('phone 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('then and now is a card per actor, nothing cut off', async ({ page }) => {
    await page.goto('/compare/then-and-now?actors=china,united-states');
    expect(
      await page
        .locator('#then-and-now tbody > tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe('block');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});
