import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

type Dataset = { dataset: { citation: string; licence: { name: string } }; records: unknown[]; actors: { slug: string; kind: string }[] };

/** The States in the database, through the public API (never a number written into the test). */
async function statesOf(request: APIRequestContext): Promise<string[]> {
  const res = await request.get('/api/v1/dataset?format=json');
  expect(res.status()).toBe(200);
  const data = (await res.json()) as Dataset;
  return data.actors
    .filter((a) => a.kind === 'state')
    .map((a) => a.slug)
    .sort();
}

async function noPageScroll(page: Page): Promise<void> {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(scroll).toBeLessThanOrEqual(inner);
}

test('/map renders an SVG of State links and a table with one row per State in the database', async ({ page, request }) => {
  // Some 200 links and as many table rows: axe takes a while on a busy machine.
  test.slow();
  const states = await statesOf(request);
  const res = await page.goto('/map?dim=applicability&asOf=2021-12-31');
  expect(res?.status()).toBe(200);
  const svgLinks = page.locator('svg[role="group"] a[href^="/actors/"]');
  expect(await svgLinks.count()).toBeGreaterThan(0);
  const rows = page.locator('#state-table tbody tr');
  await expect(rows).toHaveCount(states.length);
  expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-state')!))).sort()).toEqual(states);
  // Every State drawn or marked is a link with a name that says its value; none is linked twice.
  const linked = await svgLinks.evaluateAll((as) => as.map((a) => ({ slug: a.getAttribute('data-state')!, name: a.getAttribute('aria-label')! })));
  expect(new Set(linked.map((l) => l.slug)).size).toBe(linked.length);
  for (const l of linked) expect(l.name).toMatch(/^.+: .+/);
  // States too small to draw are circles (linked too); every State is linked exactly once or listed as not drawn.
  const linkedSlugs = new Set(linked.map((l) => l.slug));
  const rowSlugs = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-state')!));
  const notDrawn = rowSlugs.filter((slug) => !linkedSlugs.has(slug));
  for (const slug of notDrawn) await expect(page.locator(`#state-table tr[data-state="${slug}"]`)).toContainText('Not drawn');
  expect(linked.length + notDrawn.length).toBe(states.length);
  // The link's words are the table's words for the same State.
  const first = linked[0]!;
  await expect(page.locator(`#state-table tr[data-state="${first.slug}"] td`).nth(0)).toContainText(first.name.split(': ')[1]!.replace(/ \(.*\)$/, ''));
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the GET form changes dimension and date', async ({ page }) => {
    await page.goto('/map');
    await page.getByLabel('Dimension').selectOption('knowledge');
    await page.getByRole('textbox', { name: 'As of', exact: true }).fill('2019-12-31');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/dim=knowledge/);
    await expect(page).toHaveURL(/asOf=2019-12-31/);
    await expect(page.getByRole('heading', { name: /Knowledge as of 31 December 2019/ })).toBeVisible();
    await expect(page.locator('#state-table caption')).toContainText('Knowledge as of 2019-12-31');
    await expect(page.getByLabel('Dimension')).toHaveValue('knowledge');
  });
});

test('the keyboard reaches a country link and opens its actor page', async ({ page }) => {
  await page.goto('/map?asOf=2021-12-31');
  await page.getByRole('button', { name: 'Show' }).focus();
  let name: string | null = null;
  for (let i = 0; i < 10 && !name; i++) {
    await page.keyboard.press('Tab');
    name = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el.closest('svg') && el.getAttribute('href')?.startsWith('/actors/') ? el.getAttribute('aria-label') : null;
    });
  }
  expect(name).toMatch(/^.+: /);
  const href = await page.evaluate(() => document.activeElement!.getAttribute('href'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name!.split(':')[0]!);
});

test('bad map parameters give notices, never an error', async ({ page, request }) => {
  const res = await page.goto('/map?dim=nonsense&asOf=2021-13-45');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('status')).toContainText('Unknown dimension "nonsense"');
  await expect(page.getByRole('status')).toContainText('"2021-13-45" is not a date');
  expect((await request.get('/api/v1/dataset?format=xlsx')).status()).toBe(400);
  expect((await request.get('/data?x=%00<script>')).status()).toBe(200);
});

const JUNK = '?asOf=2021-13-45&dim=%00<script>&format=%ff&x=' + 'x'.repeat(500);
test('junk parameters never produce a server error', async ({ request }) => {
  for (const route of ['/map', '/data', '/', '/api/v1/dataset']) {
    const res = await request.get(`${route}${JUNK}`);
    expect(res.status(), route).toBeLessThan(500);
  }
});

test('/data gives licence, citation from the seed metadata, downloads and release notes', async ({ page, request }) => {
  const json = (await (await request.get('/api/v1/dataset?format=json')).json()) as Dataset;
  await page.goto('/data');
  await expect(page.getByRole('link', { name: /Creative Commons Attribution 4.0 International licence \(CC BY 4.0\)/ })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  await expect(page.getByTestId('citation')).toHaveText(json.dataset.citation);
  const csv = await request.get((await page.getByRole('link', { name: 'Records as CSV' }).getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  await expect(page.getByRole('listitem').filter({ hasText: 'Records as CSV' })).toContainText(`${json.records.length} rows`);
  // Release notes come from the seed's copy of the dataset's CHANGELOG, when the seed has one.
  const changelog = 'seed/CHANGELOG.md';
  if (existsSync(changelog)) {
    const firstVersion = /^## (.+)$/m.exec(readFileSync(changelog, 'utf8'))![1]!;
    await expect(page.getByRole('heading', { level: 3, name: firstVersion })).toBeVisible();
  } else {
    await expect(page.getByText('This build of the dataset carries no release notes.')).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

for (const path of ['/map?dim=knowledge&asOf=2019-12-31', '/']) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    test.slow();
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test.describe('at 390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ['/map', '/data', '/']) {
    test(`${path} has no page-level horizontal scroll`, async ({ page }) => {
      await page.goto(path);
      await noPageScroll(page);
    });
  }
});

test('/map picks out the actors carried from Compare (names or slugs), says which it cannot draw, and keeps them in its form', async ({ page }) => {
  await page.goto('/map?dim=knowledge&actors=China,US,european-union');
  await expect(page.getByText('The map shows States only; not drawn: European Union')).toBeVisible();
  const chosenRows = page.locator('#chosen-table tbody tr');
  await expect(chosenRows).toHaveCount(2);
  expect((await chosenRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-state')))).sort()).toEqual(['china', 'united-states']);
  // The chosen States' words are the same as in the table of every State.
  for (const slug of ['china', 'united-states']) {
    await expect(page.locator(`#chosen-table tr[data-state="${slug}"] td`).first()).toHaveText(
      (await page.locator(`#state-table tr[data-state="${slug}"] td`).first().textContent())!,
    );
  }
  // Drawn with the heavy outline: one shape (or ring) per chosen State that is on the map.
  await expect(page.locator('svg [data-chosen-count="2"]').locator('use, circle')).toHaveCount(2);
  // The coverage line agrees with the table of every State.
  const keys = await page.locator('#state-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
  const coded = keys.filter((k) => k !== 'not_coded' && k !== 'no_document').length;
  await expect(page.locator('#coverage-line')).toHaveAttribute('data-coded', String(coded));
  await expect(page.locator('#coverage-line')).toContainText(`coded for ${coded} of`);
  // A new date keeps the choice.
  await page.getByLabel('As of', { exact: true }).fill('2020-12-31');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/asOf=2020-12-31/);
  await expect(page.locator('#chosen-table tbody tr')).toHaveCount(2);
  await expectNoAxeViolations(page);
});
