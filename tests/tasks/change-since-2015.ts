/**
 * The task "How did China's and the US positions change since 2015?" (issue 19), scripted in Chromium: counts the
 * clicks (a click, a choice in a list or a focus into a text field each count one; typing does not) and the time from
 * the home page to the answer on screen. Not a test: a measurement for the notes, run against a running server.
 *
 *   npx tsx tests/tasks/change-since-2015.ts <before|after> [base URL, default http://127.0.0.1:$PORT]
 *
 * `before` is the path main offered before issue 19 (/changes one actor at a time); `after` uses the then-and-now view.
 */
import { chromium, type Page } from '@playwright/test';

type Step = (page: Page) => Promise<void>;

const FLOWS: Record<string, { steps: [string, Step][]; answer: (page: Page) => Promise<string> }> = {
  before: {
    steps: [
      ['open Changes', (p) => p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Changes' }).click()],
      [
        'choose China',
        (p) =>
          p
            .getByLabel('Actor')
            .selectOption('china')
            .then(() => undefined),
      ],
      ['focus From', (p) => p.getByLabel('From (YYYY, YYYY-MM or YYYY-MM-DD)').fill('2016')],
      ['Show', (p) => p.getByRole('button', { name: 'Show', exact: true }).click()],
      [
        'choose the United States',
        (p) =>
          p
            .getByLabel('Actor')
            .selectOption('united-states')
            .then(() => undefined),
      ],
      ['Show', (p) => p.getByRole('button', { name: 'Show', exact: true }).click()],
    ],
    answer: async (p) => {
      await p.waitForURL(/actor=united-states/);
      return `${await p.locator('#changes-table tbody tr').count()} rows for the United States only (China's were on the previous screen)`;
    },
  },
  after: {
    steps: [
      ['open Timeline', (p) => p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click()],
      ['focus Actors', (p) => p.getByLabel('Actors to follow').fill('China, United States')],
      ['Show', (p) => p.getByRole('button', { name: 'Follow', exact: true }).click()],
      [
        'open Then and now',
        (p) =>
          p
            .getByRole('link', { name: /Then and now/ })
            .first()
            .click(),
      ],
    ],
    answer: async (p) => {
      await p.waitForURL(/then-and-now/);
      const changed = await p.locator('[data-changed="true"]').count();
      return `China and the United States side by side, 2015-12-31 and today: ${changed} changed cells marked`;
    },
  },
};

async function main(): Promise<void> {
  const flow = FLOWS[process.argv[2] ?? ''];
  if (!flow) throw new Error('usage: change-since-2015.ts <before|after> [base URL]');
  const base = process.argv[3] ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // Warm the server once so the timing is of the task, not of a cold process.
  await page.goto(base + '/');
  const t0 = Date.now();
  await page.goto(base + '/');
  for (const [, step] of flow.steps) {
    await step(page);
    await page.waitForLoadState('load');
  }
  const answer = await flow.answer(page);
  const ms = Date.now() - t0;
  console.log(JSON.stringify({ flow: process.argv[2], clicks: flow.steps.length, steps: flow.steps.map(([name]) => name), ms, answer }));
  await browser.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
