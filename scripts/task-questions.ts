/**
 * Issue 19's first two tasks, scripted in Chromium against a running server (the third, the ambassador's brief, is
 * `npm run task:briefing`). Each starts on the home page and counts what a reader does: clicks, key presses, page
 * scrolls (one screen each) to bring the last row needed into view, and boxes that scroll on their own around the
 * data (the issue counted scrolls inside such boxes). Prints JSON: a measurement, not a test.
 *
 * 1. "Which States hold due diligence binding, which only a voluntary norm, and what does each say about knowledge?"
 *    Compare, sort by applicability, read down to the last row holding either value, with its knowledge cell.
 * 2. "How did China's and the US positions change since 2015?" Timeline, type the two actors, Follow, then "Then and
 *    now" (2015-12-31 beside today), read the table and the changes in words.
 *
 *   BASE_URL=http://127.0.0.1:3000 npx tsx scripts/task-questions.ts [--phone]
 */
import { chromium, type Locator, type Page } from '@playwright/test';

const BASE = process.env.BASE_URL || 'http://127.0.0.1:3000';
const PHONE = process.argv.includes('--phone');
const VIEWPORT = PHONE ? { width: 390, height: 844 } : { width: 1440, height: 900 };

type Tally = { clicks: number; keys: number };

async function click(t: Tally, target: Locator) {
  t.clicks++;
  await target.click();
}

async function type(t: Tally, combobox: Locator, text: string) {
  // Once hydrated, an empty combobox drops its no-script name (components/filters/actor-combobox.tsx).
  await combobox.page().locator('#actor-combobox-input:not([name])').waitFor();
  const option = combobox.page().getByRole('listbox').getByRole('option').first();
  // On a busy machine a key can land while the list re-renders: type again (counted) until it offers a match.
  for (let attempt = 0; ; attempt++) {
    await combobox.fill('');
    await combobox.pressSequentially(text, { delay: 50 });
    t.keys += attempt > 0 ? text.length : 0;
    if (
      await option.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => attempt >= 2,
      )
    )
      break;
  }
  await option.waitFor();
  await combobox.press('Enter');
  t.keys += text.length + 1;
}

/** Screens scrolled (90 % of the window each, as a reader pages down) until `target`'s bottom edge is in view. */
async function scrollsTo(page: Page, target: Locator): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0));
  let scrolls = 0;
  for (;;) {
    const box = await target.boundingBox();
    if (!box || box.y + box.height <= VIEWPORT.height) return scrolls;
    const moved = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, Math.round(window.innerHeight * 0.9));
      return window.scrollY !== before;
    });
    if (!moved) return scrolls;
    scrolls++;
  }
}

/** Ancestors of `selector` that scroll vertically on their own (a box the reader would have to scroll inside). */
const innerScrollBoxes = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    let n = 0;
    for (let a = document.querySelector(sel)?.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (/(auto|scroll)/.test(s.overflowY) && a.scrollHeight > a.clientHeight + 1) n++;
    }
    return n;
  }, selector);

const tenths = (ms: number) => Math.round(ms / 100) / 10;

async function bindingAndKnowledge(page: Page) {
  const t: Tally = { clicks: 0, keys: 0 };
  const started = performance.now();
  await page.goto(`${BASE}/`);
  await click(t, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }));
  await page.waitForFunction(() => document.getElementById('compare-matrix')?.getAttribute('role') === 'grid');
  await click(t, page.locator('#compare-matrix thead a').filter({ hasText: /^Applicability/ }));
  await page.waitForURL(/sort=applicability/);
  await page.waitForFunction(() => document.getElementById('compare-matrix')?.getAttribute('role') === 'grid');
  // Applicability is the first column, knowledge the second (the default order of the codebook).
  const rows = await page.locator('#compare-matrix tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
      return { actor: tr.querySelector('th')?.textContent?.trim() ?? '', applicability: cells[0] ?? '', knowledge: cells[1] ?? '' };
    }),
  );
  const holding = (label: string) => rows.filter((r) => r.applicability.includes(label));
  const binding = holding('Binding obligation');
  const voluntary = holding('Voluntary norm only');
  const last = Math.max(...[...binding, ...voluntary].map((r) => rows.indexOf(r)));
  const scrolls = await scrollsTo(page, page.locator('#compare-matrix tbody tr').nth(last));
  const seconds = tenths(performance.now() - started);
  const uncoded = (list: typeof rows) => list.filter((r) => /Not yet coded/.test(r.knowledge)).length;
  return {
    task: 'binding or voluntary, and knowledge',
    url: page.url(),
    ...t,
    pageScrolls: scrolls,
    innerScrollBoxes: await innerScrollBoxes(page, '#compare-matrix'),
    seconds,
    binding: binding.length,
    voluntary: voluntary.length,
    knowledgeNotYetCoded: uncoded(binding) + uncoded(voluntary),
    knowledgeCoverage: (await page.locator('#compare-matrix thead td[data-dimension="knowledge"]').first().textContent())?.trim() ?? null,
  };
}

async function chinaAndUs(page: Page) {
  const t: Tally = { clicks: 0, keys: 0 };
  const started = performance.now();
  await page.goto(`${BASE}/`);
  await click(t, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }));
  const combobox = page.getByRole('combobox', { name: 'Actors' });
  await type(t, combobox, 'China');
  await type(t, combobox, 'US');
  await click(t, page.getByRole('button', { name: 'Follow' }));
  await page.locator('#followed').waitFor();
  await click(t, page.getByRole('link', { name: /^Then and now: their positions/ }));
  await page.locator('#then-and-now').waitFor();
  const scrolls = await scrollsTo(page, page.locator('#tn-change-list'));
  const seconds = tenths(performance.now() - started);
  return {
    task: 'China and the US since 2015',
    url: page.url(),
    ...t,
    pageScrolls: scrolls,
    innerScrollBoxes: await innerScrollBoxes(page, '#then-and-now'),
    seconds,
    rows: await page.locator('#then-and-now tbody tr').count(),
    changedCells: await page.locator('#then-and-now td[data-side="now"][data-changed="true"]').count(),
  };
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const out = [];
  for (const task of [bindingAndKnowledge, chinaAndUs]) {
    const page = await browser.newPage({ viewport: VIEWPORT });
    out.push({ viewport: `${VIEWPORT.width} × ${VIEWPORT.height}`, ...(await task(page)) });
    await page.close();
  }
  await browser.close();
  console.log(JSON.stringify(out, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
