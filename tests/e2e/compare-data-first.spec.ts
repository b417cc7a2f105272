import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { seedStateCoverage } from './seed-coverage';

const today = new Date().toISOString().slice(0, 10);
/** The column headings shown (the label of each sort link, without its sort mark or hidden instructions). */
const shownHeadings = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#compare-matrix thead tr:first-child th')]
      .filter((th) => th.getClientRects().length > 0)
      .map((th) => th.querySelector('a')?.childNodes[0]?.textContent?.trim() ?? ''),
  );
const gridReady = (page: Page) => page.waitForFunction(() => document.getElementById('compare-matrix')?.getAttribute('role') === 'grid');

/** Every ancestor of a main table that scrolls on its own (overflow auto/scroll with more content than it shows). */
const scrollBoxesAroundTables = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main table')].flatMap((t) => {
      const boxes: string[] = [];
      for (let a = t.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        const y = /(auto|scroll)/.test(s.overflowY) && a.scrollHeight > a.clientHeight + 1;
        // The matrix may not sit in a sideways scroller either: its header row and actor column stick to the page.
        const x = t.id === 'compare-matrix' && /(auto|scroll)/.test(s.overflowX);
        if (y || x) boxes.push(`${t.id || t.className || 'table'} in ${a.tagName}.${a.className}`);
      }
      return boxes;
    }),
  );

for (const layout of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`${layout.name}: no box that scrolls on its own holds the matrix or another main table`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(layout);
    for (const path of [
      '/compare',
      '/compare?view=compact',
      '/actors',
      '/actors/denmark',
      '/dimensions',
      '/dimensions/applicability',
      '/timeline',
      '/map',
      '/',
    ]) {
      await page.goto(path);
      expect(await scrollBoxesAroundTables(page), path).toEqual([]);
    }
  });
}

test.describe('desktop 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the first cell is on the first screen and two Tabs reach it through the skip link', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/compare');
    await gridReady(page);
    const first = page.locator('#compare-matrix tbody tr').first().locator('td').first();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    await expect(page.locator('#view-summary')).toContainText(/States with a document × every dimension, as of/);
    let tabs = 0;
    await page.keyboard.press('Tab');
    tabs++;
    await expect(page.locator(':focus')).toHaveText('Skip to the matrix');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    tabs++;
    expect(tabs).toBeLessThanOrEqual(3);
    expect(await first.evaluate((td) => td.contains(document.activeElement))).toBe(true);
    await expectNoAxeViolations(page);
  });

  test('the evidence opens in a drawer that keeps the scroll place; Escape closes it and returns focus to the cell', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/compare');
    await gridReady(page);
    const cell = page.locator('#compare-matrix tbody tr').nth(15).locator('td').first().locator('a');
    await cell.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    await cell.click();
    const drawer = page.locator('dialog:has(#evidence)');
    await expect(drawer).toBeVisible();
    await expect(page).toHaveURL(/cell=[a-z-]+:applicability/);
    await expect(page.locator('#evidence')).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);
    await expect(cell).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await expect(page).not.toHaveURL(/cell=/);
    // Back and Forward follow the drawer: the URL is the permalink.
    await page.goBack();
    await expect(drawer).toBeVisible();
  });

  test('a cell permalink opens the drawer on the server, also without script', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto('/compare?actors=denmark&asOf=2021-12-31');
    await page.locator('#compare-matrix tbody td a').first().click();
    await expect(page).toHaveURL(/cell=denmark:applicability/);
    await expect(page.locator('dialog[open] #evidence')).toContainText('We call upon all states to exercise due diligence');
    await page.getByRole('link', { name: 'Close the evidence panel' }).click();
    await expect(page.locator('dialog')).toHaveCount(0);
    await context.close();
  });

  test('coverage is said up front on the knowledge column and /dimensions/knowledge, counted as in the seed', async ({ page }) => {
    const { coded, withDocument } = seedStateCoverage('knowledge', today);
    expect(withDocument).toBeGreaterThan(coded);
    const words = `coded for ${coded} of ${withDocument} States with a document`;
    await page.goto(`/compare?asOf=${today}`);
    const cell = page.locator('#compare-matrix thead td[data-dimension="knowledge"]');
    await expect(cell).toContainText(words);
    await expect(cell.getByRole('link', { name: `${withDocument - coded} not yet coded` })).toHaveAttribute('href', /value=knowledge(:|%3A)not_coded/);
    await page.goto(`/dimensions/knowledge?to=${today}`);
    await expect(page.locator('#coverage-line')).toContainText(`Knowledge: ${words}`);
    await page
      .locator('#coverage-line')
      .getByRole('link', { name: /not yet coded/ })
      .click();
    await expect(page.locator('#compare-matrix tbody tr')).toHaveCount(withDocument - coded);
  });

  test('printing (landscape) keeps every chosen column and a footer with the address, date and release', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/compare?asOf=${today}`);
    const headers = await shownHeadings(page);
    expect(headers.length).toBe(10);
    const file = join(mkdtempSync(join(tmpdir(), 'compare-print-')), 'matrix.pdf');
    await page.pdf({ path: file, landscape: true });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const h of headers) expect(text, h).toContain(h);
    expect(text).toContain(`positions as of ${today}`);
    expect(text).toMatch(/dataset release \d/);
  });
});

test.describe('phone 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('one dimension at a time with a switcher; the evidence is a modal dialog', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/compare');
    await gridReady(page);
    expect(await shownHeadings(page)).toEqual(['Actor', 'Applicability']);
    await page.getByRole('radio', { name: 'Knowledge' }).check();
    expect(await shownHeadings(page)).toEqual(['Actor', 'Knowledge']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page);
    const cell = page.locator('#compare-matrix tbody tr').first().locator('td:visible a');
    await cell.click();
    await expect(page.locator('dialog:modal #evidence')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog')).toHaveCount(0);
    await expect(cell).toBeFocused();
  });

  test('the data first: the view’s tools and the legend follow the matrix on a phone, and precede it on a wide screen', async ({ page }) => {
    await page.goto('/compare');
    await gridReady(page);
    // Each is rendered twice; only the copy for the screen's width is shown (and in the accessibility tree).
    const briefing = page.getByRole('link', { name: 'Make a briefing of these actors' });
    const legend = page.locator('details[id^="matrix-legend"]:visible');
    const top = async (l: Locator) => (await l.boundingBox())!.y;
    const matrix = page.locator('#compare-matrix');
    const matrixBottom = async () => {
      const box = (await matrix.boundingBox())!;
      return box.y + box.height;
    };
    await expect(briefing).toHaveCount(1);
    await expect(legend).toHaveCount(1);
    expect(await top(briefing)).toBeGreaterThan(await matrixBottom());
    expect(await top(legend)).toBeGreaterThan(await matrixBottom());
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(briefing).toHaveCount(1);
    await expect(legend).toHaveCount(1);
    expect(await top(briefing)).toBeLessThan(await top(matrix));
    expect(await top(legend)).toBeLessThan(await top(matrix));
  });
});

test.describe('choosing actors by typing', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a combobox with chips: names, ISO codes and aliases; a bloc’s own position apart from its members', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/compare');
    await page.getByText('Change what is shown').click();
    const combobox = page.getByRole('combobox', { name: 'Actors' });
    await combobox.fill('uk');
    await expect(page.getByRole('option').first()).toContainText('United Kingdom');
    await combobox.press('Enter');
    await combobox.fill('CHN');
    await expect(page.getByRole('option').first()).toContainText('China');
    await combobox.press('Enter');
    await combobox.fill('EU');
    await expect(page.getByRole('option').nth(0)).toContainText('its own position');
    await expect(page.getByRole('option').nth(1)).toContainText('European Union’s members');
    await expectNoAxeViolations(page);
    await page.getByRole('option').nth(1).click();
    await expect(page.getByLabel('Members of (on the date)')).toHaveValue('european-union');
    // A chip unticked drops its actor.
    await page.getByRole('checkbox', { name: 'China', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Chosen actors' }).getByRole('checkbox')).toHaveCount(1);
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/actors=united-kingdom(&|$)/);
    await expect(page).toHaveURL(/group=european-union/);
    // Carried over to the briefing and the map.
    await expect(page.getByRole('link', { name: 'Make a briefing of these actors' })).toHaveAttribute('href', /actors=united-kingdom.*group=european-union/);
    await expect(page.getByRole('link', { name: 'See on the map' })).toHaveAttribute('href', /actors=united-kingdom/);
  });

  test('without script, names and short names typed into the field are resolved', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto('/compare');
    await page.getByText('Change what is shown').click();
    await page.getByRole('combobox', { name: 'Actors' }).fill('US, uk, Denmark');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.locator('#compare-matrix tbody th')).toHaveText(['Denmark', 'United Kingdom', 'United States']);
    await context.close();
  });
});
