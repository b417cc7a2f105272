import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { expectNoAxeViolations } from './axe';

/** Issue 19's task: a two-page brief for an ambassador on the EU, China, Russia, the US and the AU. */
const SLUGS = ['european-union', 'china', 'russia', 'united-states', 'african-union'];
const NAMES = ['European Union', 'China', 'Russia', 'United States', 'African Union'];
const URL_FIVE = `/briefing?actors=${SLUGS.join(',')}`;

test('actors chosen in the builder come out in the order they were chosen', async ({ page }) => {
  await page.goto('/briefing');
  const combobox = page.getByRole('combobox', { name: 'Actors' });
  for (const name of NAMES) {
    await combobox.fill(name);
    await page
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .first()
      .click();
    await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked();
  }
  await page.getByRole('button', { name: 'Build the pack' }).click();
  await expect(page.locator('article tbody th[scope="row"]')).toHaveText(NAMES);
  expect(new URL(page.url()).searchParams.getAll('actors')).toEqual(SLUGS);
});

test('"EU" can mean the EU\'s own position: one row, not its 27 members', async ({ page }) => {
  await page.goto('/briefing');
  await page.getByRole('combobox', { name: 'Actors' }).fill('EU');
  await expect(page.getByRole('option', { name: /members/ }).first()).toBeVisible();
  await page.getByRole('option', { name: /European Union.*its own position/ }).click();
  await page.getByRole('button', { name: 'Build the pack' }).click();
  await expect(page.locator('article tbody th[scope="row"]')).toHaveText(['European Union']);
  expect(new URL(page.url()).searchParams.get('group')).toBeFalsy();
});

test('the default brief keeps the chosen order, has no column that is "Not yet coded" for all, and passes axe', async ({ page }) => {
  await page.goto(URL_FIVE);
  const pack = page.locator('article');
  await expect(pack.getByRole('heading', { name: 'Bottom line' })).toBeVisible();
  await expect(pack.locator('tbody th[scope="row"]')).toHaveText(NAMES);
  // Every dimension column holds at least one coded value (the first two columns are the actor and applicability).
  const columns = await pack.locator('thead th').allInnerTexts();
  expect(columns.slice(0, 2)).toEqual(['Actor', 'Applicability']);
  for (let i = 2; i < columns.length; i++) {
    const cells = await pack.locator(`tbody tr:first-child td:nth-of-type(${i})`).allInnerTexts();
    expect(cells, columns[i]).toHaveLength(NAMES.length);
    expect(
      cells.some((t) => !/^(Not yet coded|No document tracked|Left out)/.test(t)),
      `${columns[i]} has a coded value`,
    ).toBe(true);
  }
  await expect(pack.getByText(/^Confidence: /)).toHaveCount(NAMES.length);
  await expect(pack.getByText('[low confidence — verify before citing]')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the brief prints on at most two A4 pages, and downloads as Word and Markdown in the same order', async ({ page, request }, testInfo) => {
  await page.goto(URL_FIVE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form[aria-label="Build a briefing pack"]')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await testInfo.attach('brief.pdf', { body: pdf, contentType: 'application/pdf' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);

  await page.emulateMedia({ media: 'screen' });
  const word = await request.get((await page.getByRole('link', { name: 'Word (.docx)' }).getAttribute('href'))!);
  expect(word.status()).toBe(200);
  const body = await (await JSZip.loadAsync(await word.body())).file('word/document.xml')!.async('string');
  const at = NAMES.map((n) => body.indexOf(`>${n}<`));
  expect(at.every((i) => i > 0)).toBe(true);
  expect([...at].sort((x, y) => x - y)).toEqual(at);
  const md = await (await request.get((await page.getByRole('link', { name: 'Markdown (.md)' }).getAttribute('href'))!)).text();
  expect([...md.matchAll(/^### (.+)$/gm)].map((m) => m[1])).toEqual(NAMES);
});

test('leaving out low-confidence values is one tick, and the brief says what it left out', async ({ page }) => {
  await page.goto(URL_FIVE);
  await page.getByRole('checkbox', { name: /Leave out low-confidence values/ }).check();
  await page.getByRole('button', { name: 'Build the pack' }).click();
  await expect(page).toHaveURL(/minConfidence=medium/);
  const pack = page.locator('article');
  await expect(pack.getByText(/^Left out \(low confidence\)/).first()).toBeVisible();
  await expect(pack.getByText(/Left out as coded below medium confidence/)).toBeVisible();
  await expect(pack.locator('tbody th[scope="row"]')).toHaveText(NAMES);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('each actor is a card: every value under its column name, the whole quote in view, nothing to scroll sideways', async ({ page }) => {
    await page.goto(URL_FIVE);
    const region = page.getByRole('region', { name: 'Table of positions' });
    expect(await region.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
    const first = page.locator('article tbody').first();
    await expect(first.locator('td[data-label="Applicability"]')).toBeVisible();
    const label = await first.locator('td[data-label="Applicability"]').evaluate((e) => getComputedStyle(e, '::before').content);
    expect(label).toBe('"Applicability: "');
    const note = await first.getByText(/^Confidence: /).boundingBox();
    expect(note!.x + note!.width).toBeLessThanOrEqual(390);
  });
});
