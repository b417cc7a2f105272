import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** An element that scrolls on its own (overflow auto/scroll and more content than room) holding a table. */
async function scrollBoxesAroundTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main table')].flatMap((t) => {
      for (let el = t.parentElement; el && el !== document.body; el = el.parentElement) {
        const s = getComputedStyle(el);
        const scrolls = (a: string) => a === 'auto' || a === 'scroll';
        if ((scrolls(s.overflowX) && el.scrollWidth > el.clientWidth) || (scrolls(s.overflowY) && el.scrollHeight > el.clientHeight))
          return [t.id || el.className];
      }
      return [];
    }),
  );
}

test.describe('phone 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ['/actors', '/changes', '/dimensions', '/dimensions/applicability', '/method', '/']) {
    test(`${path}: its tables are cards, nothing cut off, no table in a box of its own`, async ({ page }) => {
      test.slow();
      await page.goto(path);
      const tables = page.locator('main table.phone-cards');
      expect(await tables.count()).toBeGreaterThan(0);
      // A card: rows stack as blocks, each no wider than the screen, with each cell labelled by its column.
      const rows = await tables
        .first()
        .locator('tbody > tr')
        .evaluateAll((trs) => trs.slice(0, 5).map((tr) => ({ display: getComputedStyle(tr).display, right: tr.getBoundingClientRect().right })));
      for (const r of rows) {
        expect(r.display).toBe('block');
        expect(r.right).toBeLessThanOrEqual(390);
      }
      const label = await tables
        .first()
        .locator('tbody td[data-label]')
        .first()
        .evaluate((td) => getComputedStyle(td, '::before').content);
      expect(label).not.toBe('none');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await scrollBoxesAroundTables(page)).toEqual([]);
      await expectNoAxeViolations(page);
    });
  }
});

test('on a desktop the same tables stay tables, in no box of their own', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const path of ['/actors', '/changes', '/dimensions/applicability', '/method']) {
    await page.goto(path);
    expect(
      await page
        .locator('main table.phone-cards tbody > tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe('table-row');
    expect(await scrollBoxesAroundTables(page)).toEqual([]);
  }
});
