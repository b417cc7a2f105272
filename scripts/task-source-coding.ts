/**
 * Issue 21's walk, scripted in Chromium against a running server: a 10-page position paper with five due-diligence
 * passages (knowledge, threshold, prevention, monitoring, capacity) is coded and published twice — "before", typing
 * each quote and its locator as an editor did without the source in the desk, and "after", with the source attached:
 * a cue-phrase hit selects the passage and "Quote" fills quote, locator and role. A reviewer approves each proposal.
 * Counts clicks (choosing an option counts as one), key presses and seconds per walk, as JSON (a measurement, not a
 * test). The machine types instantly: for a person, key presses are the time that matters.
 *
 *   BASE_URL=http://127.0.0.1:3000 DATABASE_URL=data/tracker.db npx tsx scripts/task-source-coding.ts
 * Writes to the database: two accounts, the PDF attached to two documents, ten published codings. Use a copy.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Browser, type Page } from '@playwright/test';
import { makePdf } from './sources/pdf-writer';

const BASE = process.env.BASE_URL || 'http://127.0.0.1:3000';
const DB = process.env.DATABASE_URL || 'data/tracker.db';
const FILLER = ['The government has consulted widely before setting out this view.', 'Its partners were heard in several rounds of talks.'];
const PASSAGES = [
  {
    page: 2,
    dimension: 'knowledge',
    value: 'actual_or_constructive',
    quote: 'A State breaches the obligation only if it knew or should have known of the operation.',
  },
  {
    page: 4,
    dimension: 'threshold',
    value: 'serious_adverse_consequences',
    quote: 'The obligation applies to operations with serious adverse consequences for other States.',
  },
  {
    page: 5,
    dimension: 'prevention',
    value: 'includes_prevention',
    quote: 'States are expected to take measures to prevent such operations and to stop them.',
  },
  { page: 7, dimension: 'monitoring', value: 'no_general_monitoring_duty', quote: 'This does not imply a general obligation to monitor all networks.' },
  { page: 9, dimension: 'capacity', value: 'feasible_measures_within_capacity', quote: 'What may be expected depends on the capacity of each State.' },
] as const;
const REASON = 'Read in the position paper';

const count = { clicks: 0, keys: 0 };
const click = async (l: ReturnType<Page['locator']>) => {
  count.clicks++;
  await l.click();
};
const type = async (l: ReturnType<Page['locator']>, text: string) => {
  count.clicks++;
  await l.fill(text); // fill is instant; a person presses a key per character
  count.keys += text.length;
};
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\(required\\))?$`));

function run(script: string, args: string[], input?: string) {
  execFileSync('npx', ['tsx', '--conditions', 'react-server', script, ...args], { env: { ...process.env, DATABASE_URL: DB }, input, stdio: 'pipe' });
}

/** Two State documents, one author each, no source, none of the five dimensions coded: one per walk. */
function pickDocuments(): { document: string; actor: string }[] {
  const d = new Database(DB, { readonly: true });
  const dims = PASSAGES.map((p) => `'${p.dimension}'`).join(', ');
  const rows = d
    .prepare(
      `SELECT d.slug AS document, a.slug AS actor FROM documents d JOIN document_authors da ON da.document_id = d.id JOIN actors a ON a.id = da.actor_id
       WHERE a.kind = 'state' AND d.slug NOT LIKE '%--%' AND (SELECT count(*) FROM document_authors y WHERE y.document_id = d.id) = 1
         AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_id = d.id)
         AND NOT EXISTS (SELECT 1 FROM codings c WHERE c.document_id = d.id AND c.dimension_key IN (${dims}) AND (c.value IS NOT NULL OR c.free_text IS NOT NULL))
       ORDER BY a.slug LIMIT 2`,
    )
    .all() as { document: string; actor: string }[];
  d.close();
  if (rows.length < 2) throw new Error('need two uncoded State documents');
  return rows;
}

async function signIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  return page;
}

/** One dimension coded and submitted; returns the proposal's address. */
async function code(page: Page, doc: { document: string; actor: string }, p: (typeof PASSAGES)[number], withSource: boolean): Promise<string> {
  await page.goto(`${BASE}/desk/propose/coding?document=${doc.document}&actor=${doc.actor}&dimension=${p.dimension}`);
  if (withSource) {
    const hits = page.getByRole('list', { name: /^Cue phrases for / }).getByRole('button');
    await click(hits.filter({ hasText: `Page ${p.page}:` }).first());
    await click(page.getByRole('button', { name: 'Quote as due-diligence wording' }));
  } else {
    await type(field(page, 'Quote'), p.quote);
    await type(field(page, 'Locator'), `p. ${p.page}`);
  }
  count.clicks++;
  await field(page, 'Value').selectOption(p.value);
  await type(field(page, 'Reason for this coding'), REASON);
  await click(page.getByRole('button', { name: 'Submit coding for review' }));
  await page.waitForURL(/\/desk\/review\/\d+/);
  return page.url();
}

async function approve(page: Page, url: string): Promise<void> {
  count.clicks++; // opening the proposal from the review queue
  await page.goto(url);
  await type(field(page, 'Reason for your decision'), 'Checked');
  await click(page.getByRole('button', { name: 'Approve and publish' }));
  await page.getByRole('status').filter({ hasText: 'Approved and published' }).waitFor();
}

async function walk(browser: Browser, editor: Page, reviewer: Page, doc: { document: string; actor: string }, withSource: boolean) {
  count.clicks = 0;
  count.keys = 0;
  const started = performance.now();
  for (const p of PASSAGES) await approve(reviewer, await code(editor, doc, p, withSource));
  return { document: doc.document, ...count, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

async function main() {
  const [before, after] = pickDocuments();
  const pages = Array.from({ length: 10 }, (_, i) => [`Page ${i + 1}`, ...FILLER, ...PASSAGES.filter((p) => p.page === i + 1).map((p) => p.quote), ...FILLER]);
  const file = join(mkdtempSync(join(tmpdir(), 'task-source-')), 'position-paper.pdf');
  writeFileSync(file, makePdf(pages));
  run('scripts/source-add.ts', [after!.document, file]);
  const stamp = Date.now();
  const password = `walk password ${stamp}`;
  run('scripts/user-add.ts', ['--email', `walk-editor-${stamp}@example.org`, '--role', 'editor', '--name', 'Walk Editor'], password);
  run('scripts/user-add.ts', ['--email', `walk-reviewer-${stamp}@example.org`, '--role', 'reviewer', '--name', 'Walk Reviewer'], password);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const editor = await signIn(browser, `walk-editor-${stamp}@example.org`, password);
  const reviewer = await signIn(browser, `walk-reviewer-${stamp}@example.org`, password);
  const typing = await walk(browser, editor, reviewer, before!, false);
  const selecting = await walk(browser, editor, reviewer, after!, true);
  await browser.close();
  console.log(JSON.stringify({ pages: 10, passages: PASSAGES.length, before: typing, after: selecting }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
