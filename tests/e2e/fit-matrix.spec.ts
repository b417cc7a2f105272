import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test.describe('compact matrix at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('shows every State row and all 9 columns in the width of the screen, the header row in view, with the legend', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/compare?view=compact');
    const table = page.locator('#compare-matrix');
    const states = await page.request.get('/api/v1/compare?format=json').then((r) => r.json());
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(states.actors.length);
    expect(states.actors.length).toBeGreaterThan(40);
    await expect(table.locator('thead tr').first().locator('th')).toHaveCount(10);
    await expect(page.locator('#matrix-legend').getByText('Key to every symbol')).toBeVisible();
    await table.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const box = (await table.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1440);
    // Nothing hidden inside a scroll box: the table is in the page's flow, the page scrolls through the States.
    const region = page.getByRole('region', { name: 'Comparison matrix' });
    const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1);
    expect(fits).toBe(true);
    const last = rows.last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport({ ratio: 1 });
    await expect(last.locator('td').last()).toBeInViewport({ ratio: 1 });
    // The header row stays in view (sticky) at the last State.
    await expect(table.locator('thead tr').first().locator('th').last()).toBeInViewport();
    // No trailing white space: the page ends soon after the matrix.
    const trailing = await page.evaluate(
      () => document.documentElement.scrollHeight - (document.getElementById('compare-matrix')!.getBoundingClientRect().bottom + window.scrollY),
    );
    expect(trailing).toBeLessThan(400);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page);
  });

  test('compact cells carry a symbol, a short label and the low-confidence flag; the toggle keeps the URL', async ({ page }) => {
    await page.goto('/compare?actors=denmark&asOf=2021-12-31');
    await page.getByRole('link', { name: /^Compact/ }).click();
    await expect(page).toHaveURL(/view=compact/);
    await expect(page).toHaveURL(/actors=denmark/);
    const first = page.locator('#compare-matrix tbody td').first();
    // Codebook 1.1.0 recoded the 2020 Nordic statement to political support (see compare.spec.ts).
    await expect(first).toContainText('◒ Political support');
    await page.getByText('Change what is shown').click();
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/view=compact/);
  });
});

test.describe('matrix keyboard (WAI-ARIA grid)', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test.setTimeout(120_000);
  test('one tab stop, arrow keys move, Enter opens the evidence with focus in it, Escape returns to the cell', async ({ page }) => {
    await page.goto('/compare?asOf=2021-12-31');
    const grid = page.getByRole('grid');
    await expect(grid).toBeVisible();
    // Exactly one element of the grid is in the tab order.
    const tabbable = await grid.evaluate(
      (el) => el.querySelectorAll('[tabindex="0"]').length + [...el.querySelectorAll('a')].filter((a) => !a.hasAttribute('tabindex')).length,
    );
    expect(tabbable).toBe(1);
    // Tab from the last control before the matrix (the legend) lands in the grid, and one more Tab leaves it.
    await page.locator('#matrix-legend > summary').focus();
    await page.keyboard.press('Tab');
    const inGrid = () => page.evaluate(() => document.getElementById('compare-matrix')!.contains(document.activeElement));
    expect(await inGrid()).toBe(true);
    // Eight rows down and two columns right: never hidden under the sticky header or actor column.
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const focused = page.locator('#compare-matrix td:focus-within');
    await expect(focused).toHaveCount(1);
    const clear = await page.evaluate(() => {
      const cell = document.activeElement!.closest('td')!.getBoundingClientRect();
      const head = document.querySelector('#compare-matrix thead')!.getBoundingClientRect();
      const rowHead = document.activeElement!.closest('tr')!.querySelector('th')!.getBoundingClientRect();
      return cell.top >= head.bottom - 1 && cell.left >= rowHead.right - 1;
    });
    expect(clear).toBe(true);
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(href).toMatch(/cell=[a-z-]+:threshold/);
    await page.keyboard.press('Tab');
    expect(await inGrid()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await inGrid()).toBe(true);

    const opened = await page.evaluate(() => document.activeElement!.getAttribute('href'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/cell=[a-z-]+:threshold/);
    await expect(page.locator('#evidence')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.getElementById('evidence')!.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    // Focus is back on the cell whose evidence was open, and the drawer is gone.
    expect(await page.evaluate(() => document.activeElement!.getAttribute('href'))).toBe(opened);
    await expect(page.locator('#evidence')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('Home, End and Ctrl+End reach the row ends and the last cell', async ({ page }) => {
    await page.goto('/compare?asOf=2021-12-31');
    // The grid role comes with the keyboard handling, once the page has hydrated: keys pressed before go nowhere.
    await expect(page.getByRole('grid')).toBeVisible();
    await page.locator('#compare-matrix tbody td a').first().focus();
    await page.keyboard.press('End');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toMatch(/:remedies#evidence$/);
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toMatch(/^\/actors\//);
    await page.keyboard.press('Control+End');
    const last = await page.locator('#compare-matrix tbody tr').last().locator('td a').last().getAttribute('href');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe(last);
  });
});

test.describe('matrix on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('one dimension at a time, each row with its evidence link, filters folded, no sideways scroll', async ({ page }) => {
    await page.goto('/compare?actors=denmark,china&asOf=2021-12-31');
    const row = page.locator('#compare-matrix tbody tr').first();
    const box = (await row.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    // Every dimension's cell is in the row; the switcher shows one at a time, named by its column heading.
    await expect(row.locator('td')).toHaveCount(9);
    await expect(row.locator('td:visible')).toHaveCount(1);
    await expect(row.locator('td:visible a')).toHaveAttribute('href', /cell=china:applicability#evidence/);
    await expect(page.locator('#compare-matrix thead th:visible').nth(1)).toContainText('Applicability');
    await expect(page.getByLabel('As of')).toBeHidden();
    await page.getByText('Change what is shown').click();
    await expect(page.getByLabel('As of')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page);
  });
});
