/**
 * The desk's source workbench in a real browser (issue 21, "Done when"): a PDF made here (known text on known pages)
 * is attached through the desk — an editor proposes it with "Attach the source file" (a non-PDF renamed .pdf is
 * refused first, with its message, the typed details kept and no row written), a second reviewer reads its text and
 * approves, and the public read-in-context page serves it; then an editor codes two dimensions by selecting passages in the reading view
 * beside the form (one with the mouse's selection, one with the keyboard from the list of cue-phrase hits) and
 * submits; the reviewer sees each quote highlighted in its page and approves; the public evidence panel's "read in
 * context" opens the right page with the passage highlighted. A quote edited so that it is no longer in the source is
 * flagged at preview and at review, and publishing it needs the reviewer's override with a reason (audited).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { makePdf } from '../../scripts/sources/pdf-writer';
import { expectNoAxeViolations } from './axe';
import { DB, expectUniqueIds, field, sessionPage } from './desk-helpers';

const KNOWLEDGE = 'A State is responsible when it knew or should have known of the harmful operation.';
const PREVENTION = 'States must take measures to prevent such operations within their capacity.';
const MONITORING = 'There is no general duty to monitor all networks in the territory.';
const PAGES = [
  ['Ministry of Foreign Affairs', 'Position on international law in cyberspace'],
  ['Part two', KNOWLEDGE, 'Other words follow here.'],
  ['Part three', PREVENTION, 'More words follow here.'],
  ['Part four', MONITORING],
];

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

let editor: Page;
let reviewer: Page;
let doc: { documentSlug: string; actorSlug: string; title: string };
let pdfFile: string;
let badFile: string;
const proposals: Record<string, string> = {};

/** A State with one document of its own, no stored source, and knowledge, prevention and monitoring never coded. */
function pickDocument(): typeof doc {
  const d = new Database(DB, { readonly: true });
  try {
    const row = d
      .prepare(
        `SELECT d.slug AS documentSlug, a.slug AS actorSlug, d.title AS title FROM documents d
         JOIN document_authors da ON da.document_id = d.id JOIN actors a ON a.id = da.actor_id
         WHERE a.kind = 'state' AND d.slug NOT LIKE '%--%'
           AND (SELECT count(*) FROM document_authors x WHERE x.actor_id = a.id) = 1
           AND (SELECT count(*) FROM document_authors y WHERE y.document_id = d.id) = 1
           AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_id = d.id)
           AND NOT EXISTS (SELECT 1 FROM codings c WHERE c.actor_id = a.id AND c.dimension_key IN ('knowledge', 'prevention', 'monitoring')
                           AND (c.value IS NOT NULL OR c.free_text IS NOT NULL))
           AND NOT EXISTS (SELECT 1 FROM proposals p WHERE p.payload LIKE '%' || d.slug || '%')
         ORDER BY a.slug DESC LIMIT 1`,
      )
      .get() as typeof doc | undefined;
    if (!row) throw new Error('no State document to code in the e2e database');
    return row;
  } finally {
    d.close();
  }
}

test.beforeAll(async ({ browser }) => {
  doc = pickDocument();
  const dir = mkdtempSync(join(tmpdir(), 'e2e-desk-source-'));
  pdfFile = join(dir, 'position.pdf');
  writeFileSync(pdfFile, makePdf(PAGES));
  // A PNG image renamed .pdf: the desk decides from the bytes, not the name.
  badFile = join(dir, 'scan.pdf');
  writeFileSync(badFile, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]));
  editor = await sessionPage(browser, 'sol-editor@example.org', 'editor');
  reviewer = await sessionPage(browser, 'rae-reviewer@example.org', 'reviewer');
});

/** Rows of the tables a source proposal writes, straight from the database file. */
function rowCounts(): Record<string, number> {
  const d = new Database(DB, { readonly: true });
  try {
    const tables = ['proposals', 'proposal_sources', 'sources', 'source_files', 'source_texts', 'audit_log'];
    return Object.fromEntries(tables.map((t) => [t, (d.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
  } finally {
    d.close();
  }
}

const codingUrl = (dimension: string) => `/desk/propose/coding?document=${doc.documentSlug}&actor=${doc.actorSlug}&dimension=${dimension}`;

/** Selects `phrase` in the shown page of the reading view, as a mouse drag would (it may cross marked phrases). */
async function selectInPage(page: Page, phrase: string): Promise<void> {
  await page.evaluate((words) => {
    const box = document.querySelector('.workbench-text')!;
    const start = box.textContent!.indexOf(words);
    if (start < 0) throw new Error(`not on this page: ${words}`);
    const end = start + words.length;
    const range = document.createRange();
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent!.length;
      if (start >= at && start <= at + len) range.setStart(n, start - at);
      if (end >= at && end <= at + len) {
        range.setEnd(n, end - at);
        break;
      }
      at += len;
    }
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, phrase);
}

async function checkPage(page: Page): Promise<void> {
  await expectUniqueIds(page);
  await expectNoAxeViolations(page);
}

async function fillAndSubmit(page: Page, value: string, dimension: string): Promise<void> {
  await field(page, 'Value').selectOption(value);
  await field(page, 'Reason for this coding').fill(`E2E: coded from the stored source (${dimension})`);
  await page.getByRole('button', { name: 'Submit coding for review' }).click();
  await expect(page).toHaveURL(/\/desk\/review\/\d+\?created=1/);
  proposals[dimension] = new URL(page.url()).pathname;
}

test('an editor attaches the PDF through the desk (a bad file refused first); a second reviewer reads its text and approves; the public page serves it', async ({
  browser,
}) => {
  await editor.goto(`/actors/${doc.actorSlug}`);
  await editor.getByRole('link', { name: `Attach the source file of ${doc.title}` }).click();
  await expect(editor).toHaveURL(new RegExp(`/desk/propose/source\\?document=${doc.documentSlug}$`));
  const url = 'https://example.org/e2e/position.pdf';
  const reason = 'E2E: the ministry published its position paper';
  const before = rowCounts();
  await field(editor, 'Source file').setInputFiles(badFile);
  await field(editor, 'Where you obtained it (URL)').fill(url);
  await field(editor, 'Reason for this proposal').fill(reason);
  await editor.getByRole('button', { name: 'Submit the file for review' }).click();
  const summary = editor.getByRole('alert', { name: /Nothing was saved/ });
  await expect(summary.getByRole('link', { name: /Source file/ })).toHaveAttribute('href', '#source-file');
  await expect(editor.locator('#source-file-error')).toContainText('“scan.pdf” is a PNG image, not a PDF, Word (.docx), HTML or text file.');
  await expect(editor.locator('#source-file-error')).toContainText('Nothing was stored.');
  await expect(field(editor, 'Where you obtained it (URL)')).toHaveValue(url);
  await expect(field(editor, 'Reason for this proposal')).toHaveValue(reason);
  expect(rowCounts()).toEqual(before);
  await checkPage(editor);

  await field(editor, 'Source file').setInputFiles(pdfFile);
  await editor.getByRole('button', { name: 'Submit the file for review' }).click();
  // The server reads the PDF (pdf.js) before it answers: on a busy machine that takes longer than a click.
  await expect(editor).toHaveURL(/\/desk\/review\/\d+\?created=1/, { timeout: 60_000 });
  const proposal = new URL(editor.url()).pathname;
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/sources/${doc.documentSlug}`);
  await expect(reader.getByText('We hold no copy of this document.')).toBeVisible();

  await reviewer.goto(proposal);
  const text = reviewer.getByRole('region', { name: 'Its text: position.pdf' });
  await expect(text.getByRole('heading', { name: 'Page 1 of 4' })).toBeVisible();
  await expect(text.locator('.workbench-text')).toContainText(PAGES[0]![1]!);
  await text.getByRole('button', { name: /Next page/ }).click();
  await expect(text.locator('.workbench-text')).toContainText(KNOWLEDGE);
  await expect(reviewer.locator('dl.source-facts')).toContainText(url);
  await checkPage(reviewer);
  await field(reviewer, 'Reason for your decision').fill('E2E: the text is the official paper');
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(reviewer.getByRole('status')).toContainText('Approved and published');

  await reader.goto(`/sources/${doc.documentSlug}?page=2`);
  await expect(reader.getByRole('heading', { name: 'Page 2 of 4' })).toBeVisible();
  await expect(reader.locator('.source-text')).toContainText(KNOWLEDGE);
  await expect(reader.locator('dl.source-facts')).toContainText('by sol-editor — Attached through the editorial desk');
  const d = new Database(DB, { readonly: true });
  try {
    const id = Number(proposal.split('/').pop());
    const row = d
      .prepare(`SELECT s.provenance, s.original_url AS url, o.label FROM sources s JOIN origins o ON o.id = s.origin_id WHERE s.proposal_id = ?`)
      .get(id);
    expect(row).toEqual({ provenance: 'desk', url, label: expect.stringMatching(new RegExp(`^proposal ${id} by sol-editor`)) });
  } finally {
    d.close();
  }
});

test('an editor codes knowledge by selecting the passage in the reading view', async () => {
  await editor.goto(codingUrl('knowledge'));
  const workbench = editor.getByRole('region', { name: 'The source: position.pdf' });
  await expect(workbench.getByRole('heading', { name: 'Page 1 of 4' })).toBeVisible();
  await expect(workbench.getByRole('list', { name: 'Cue phrases for Knowledge' })).toContainText('Page 2');
  await workbench.getByRole('button', { name: /Next page/ }).click();
  await expect(workbench.getByRole('heading', { name: 'Page 2 of 4' })).toBeVisible();
  await expect(workbench.locator('mark.source-cue')).toHaveText(['should have known']);
  await selectInPage(editor, KNOWLEDGE);
  await expect(workbench.getByText(`Selected on page 2: “${KNOWLEDGE}”`)).toBeVisible();
  await workbench.getByRole('button', { name: 'Quote as due-diligence wording' }).click();
  await expect(field(editor, 'Quote')).toHaveValue(KNOWLEDGE);
  await expect(field(editor, 'Locator')).toHaveValue('p. 2');
  await expect(field(editor, 'What the quote is')).toHaveValue('due_diligence');
  await expect(field(editor, 'Quote')).toBeFocused();

  await field(editor, 'Value').selectOption('actual_or_constructive');
  await editor.getByRole('button', { name: 'Preview' }).click();
  const preview = editor.getByRole('region', { name: 'Preview (nothing is saved yet)' });
  await expect(preview.getByText('Found word for word in the stored source, page 2.')).toBeVisible();
  await checkPage(editor);
  await editor.setViewportSize({ width: 390, height: 844 });
  const wide = await editor.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((e) => {
        for (let a = e.parentElement; a; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return false;
        return true;
      })
      .slice(0, 8)
      .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${e.textContent?.slice(0, 40)}`),
  );
  expect(wide).toEqual([]);
  await editor.setViewportSize({ width: 1280, height: 900 });
  await fillAndSubmit(editor, 'actual_or_constructive', 'knowledge');
});

test('an editor codes prevention with the keyboard: a cue-phrase hit selects its sentence', async () => {
  await editor.goto(codingUrl('prevention'));
  const workbench = editor.getByRole('region', { name: 'The source: position.pdf' });
  const hit = workbench.getByRole('list', { name: 'Cue phrases for Prevention' }).getByRole('button').first();
  await expect(hit).toContainText('Page 3');
  await hit.focus();
  await editor.keyboard.press('Enter');
  await expect(workbench.getByRole('heading', { name: 'Page 3 of 4' })).toBeVisible();
  await expect(workbench.getByText(`Selected on page 3: “${PREVENTION}”`)).toBeVisible();
  await workbench.getByRole('button', { name: 'Quote as due-diligence wording' }).focus();
  await editor.keyboard.press('Enter');
  await expect(field(editor, 'Quote')).toHaveValue(PREVENTION);
  await expect(field(editor, 'Locator')).toHaveValue('p. 3');
  await fillAndSubmit(editor, 'includes_prevention', 'prevention');
});

test('the reviewer sees each quote highlighted in its page and approves; the evidence panel reads it in context', async ({ browser }) => {
  for (const [dimension, quote, page] of [
    ['knowledge', KNOWLEDGE, 2],
    ['prevention', PREVENTION, 3],
  ] as const) {
    await reviewer.goto(proposals[dimension]!);
    const inPage = reviewer.getByRole('region', { name: `Page ${page} of the stored source, the quote highlighted` });
    await expect(inPage.locator('mark.source-quote')).toHaveText(`Quoted passage: ${quote}`);
    await expect(reviewer.getByText(`Found word for word in the stored source, page ${page}.`)).toBeVisible();
    await checkPage(reviewer);
    await field(reviewer, 'Reason for your decision').fill('E2E: the quote stands in the source');
    await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
    await expect(reviewer.getByRole('status')).toContainText('Approved and published');
  }

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/compare/evidence?actor=${doc.actorSlug}&dim=knowledge`);
  await reader.locator('figure', { hasText: KNOWLEDGE }).locator('a.read-in-context').click();
  await expect(reader).toHaveURL(new RegExp(`/sources/${doc.documentSlug}\\?passage=\\d+#quote$`));
  await expect(reader.getByRole('heading', { name: 'Page 2 of 4' })).toBeVisible();
  await expect(reader.locator('mark.source-quote')).toHaveText(`Quoted passage: ${KNOWLEDGE} (end of the quoted passage)`);
});

test('a quote edited away from the source is flagged at preview and review; publishing needs the override with a reason', async () => {
  await editor.goto(codingUrl('monitoring'));
  const workbench = editor.getByRole('region', { name: 'The source: position.pdf' });
  await workbench.getByLabel('Search this source').fill('"general duty"');
  await workbench.getByRole('button', { name: 'Find' }).click();
  await workbench.getByRole('button', { name: 'Page 4 (1)' }).click();
  await expect(workbench.getByText(`Selected on page 4: “${MONITORING}”`)).toBeVisible();
  await workbench.getByRole('button', { name: 'Quote as due-diligence wording' }).click();
  const edited = MONITORING.replace('no general duty', 'no duty');
  await field(editor, 'Quote').fill(edited);
  await field(editor, 'Value').selectOption('no_general_monitoring_duty');
  await editor.getByRole('button', { name: 'Preview' }).click();
  const preview = editor.getByRole('region', { name: 'Preview (nothing is saved yet)' });
  await expect(preview.getByRole('heading', { name: 'A quote is not in the stored source' })).toBeVisible();
  await expect(preview.getByRole('link', { name: /Correct the quote/ })).toHaveAttribute('href', '#coding-passage-quote');
  await checkPage(editor);
  await fillAndSubmit(editor, 'no_general_monitoring_duty', 'monitoring');
  await expect(editor.getByRole('heading', { name: 'A quote is not in the stored source' })).toBeVisible();

  await reviewer.goto(proposals.monitoring!);
  await expect(reviewer.locator('p.unverified')).toContainText('Not found word for word in the stored source');
  await expect(reviewer.getByRole('heading', { name: 'A quote is not in the stored source' })).toBeVisible();
  await field(reviewer, 'Reason for your decision').fill('E2E: approve');
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  const summary = reviewer.getByRole('alert', { name: /Nothing was saved/ });
  await expect(summary.getByRole('link', { name: /Publish although a quote is not found/ })).toBeVisible();
  await checkPage(reviewer);
  await field(reviewer, 'Publish although a quote is not found word for word in the stored source').check();
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(summary.getByRole('link', { name: /Why the quote may be published/ })).toBeVisible();
  const why = 'E2E: the signed version reads so; the stored copy is the draft';
  await field(reviewer, 'Why the quote may be published').fill(why);
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(reviewer.getByRole('status')).toContainText('Approved and published');

  // The verification queue: documents with a source and dimensions to code first; the quote not in its source listed.
  await editor.goto('/desk/verify');
  await expect(editor.locator('ol.queue > li').first()).toContainText('has a stored source; not yet coded');
  await editor.goto(`/desk/verify?kind=quote_not_found&actor=${doc.actorSlug}`);
  await expect(editor.locator('ol.queue > li', { hasText: edited })).toContainText('is not found word for word in the stored source');
  await checkPage(editor);

  const d = new Database(DB, { readonly: true });
  try {
    const id = proposals.monitoring!.split('/').pop();
    const rows = d.prepare(`SELECT reason, after FROM audit_log WHERE action = 'proposal.quote_override' AND entity_id = ?`).all(id) as {
      reason: string;
      after: string;
    }[];
    expect(rows.map((r) => r.reason)).toEqual([why]);
    expect(JSON.parse(rows[0]!.after).quotes[0].quote).toBe(edited);
  } finally {
    d.close();
  }
});
