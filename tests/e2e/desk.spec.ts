/**
 * The desk's work in a real browser against the real server and its SQLite file: coding a tracked document from the
 * verification queue, the queue's paging and filters, the error summary, the preview row of an actor that has other
 * documents, and a duplicate flagged at preview and at review. Fictional test content (example.org) in the test
 * database only. Every desk page visited is checked with axe and for repeated ids.
 */
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { addUser, DB, expectUniqueIds, field, signIn } from './desk-helpers';

const EDITOR = { email: 'desk-editor@example.org', password: 'desk editor password e2e' };
const REVIEWER = { email: 'desk-reviewer@example.org', password: 'desk reviewer password e2e' };

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

let editor: Page;
let reviewer: Page;

test.beforeAll(async ({ browser }) => {
  addUser(EDITOR.email, 'editor', EDITOR.password, 'Dee Editor');
  addUser(REVIEWER.email, 'reviewer', REVIEWER.password, 'Ray Reviewer');
  editor = await signIn(browser, EDITOR);
  reviewer = await signIn(browser, REVIEWER);
});

async function checkPage(page: Page): Promise<void> {
  await expectUniqueIds(page);
  await expectNoAxeViolations(page);
}

async function approve(url: string, reason: string): Promise<void> {
  await reviewer.goto(url);
  await field(reviewer, 'Reason for your decision').fill(reason);
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(reviewer.getByRole('status')).toContainText('Approved and published');
}

test('a tracked but uncoded document is coded from the queue, not proposed again', async ({ browser }) => {
  await editor.goto('/desk/verify?kind=uncoded_document');
  const item = editor.locator('ol.queue > li').first();
  const itemText = (await item.textContent())!;
  await item.getByRole('link', { name: /Code this document/ }).click();
  await expect(editor).toHaveURL(/\/desk\/propose\/coding\?document=[^&]+&actor=/);
  const url = new URL(editor.url());
  const [documentSlug, actorSlug] = [url.searchParams.get('document')!, url.searchParams.get('actor')!];
  const title = (await editor.getByRole('heading', { level: 1 }).textContent())!;
  expect(itemText).toContain(title.replace(/^Code “(.*)” for .*$/, '$1'));
  await expect(editor.getByRole('navigation', { name: 'Dimensions of this document' })).toContainText('Applicability: coding now');
  await expect(editor.getByRole('region', { name: 'The document' })).toBeVisible();

  await field(editor, 'Value').selectOption('political_support');
  await field(editor, 'Confidence').selectOption('low');
  await field(editor, 'Reason for this coding').fill('E2E: coded from the queue');
  await editor.getByRole('button', { name: 'Preview' }).click();
  const preview = editor.getByRole('region', { name: 'Preview (nothing is saved yet)' });
  await expect(preview.getByRole('table', { name: /after publishing/ })).toContainText('Supported, no legal view');
  await checkPage(editor);

  await editor.getByRole('button', { name: 'Submit coding for review' }).click();
  await expect(editor.getByRole('status')).toContainText('Proposal submitted');
  await expect(editor.getByRole('heading', { level: 1 })).toContainText('Coding of Applicability for');
  await approve(new URL(editor.url()).pathname, 'E2E: checked');
  // What was published and when, not a preview.
  await expect(reviewer.getByRole('heading', { name: /^Published on / })).toBeVisible();
  await expect(reviewer.getByRole('heading', { name: 'What was published' })).toBeVisible();
  await expect(reviewer.getByText('Preview (nothing is saved yet)')).toHaveCount(0);
  await checkPage(reviewer);

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/actors/${actorSlug}`);
  await expect(anonymous.locator(`#doc-${documentSlug}`)).toContainText('Supported, no legal view');
  await editor.goto(`/desk/verify?kind=uncoded_document&actor=${actorSlug}`);
  await expect(editor.getByRole('main')).not.toContainText(title.replace(/^Code “(.*)” for .*$/, '$1'));
});

test('the queue pages through every item and filters by kind, actor and dimension', async () => {
  await editor.goto('/desk/verify');
  const total = Number((await editor.getByRole('heading', { level: 2, name: /items/ }).textContent())!.match(/^([\d,]+)/)![1]!.replace(/,/g, ''));
  expect(total).toBeGreaterThan(50);
  await expect(editor.locator('ol.queue > li')).toHaveCount(50);
  await editor.getByRole('navigation', { name: 'Pages of the queue' }).getByRole('link', { name: /Next/ }).click();
  await expect(editor).toHaveURL(/page=2/);
  await expect(editor.locator('ol.queue')).toHaveAttribute('start', '51');
  await expect(editor.locator('ol.queue > li')).toHaveCount(Math.min(50, total - 50));

  await editor.getByRole('combobox', { name: 'Kind' }).selectOption('uncoded_dimension');
  await editor.getByRole('combobox', { name: 'Dimension' }).selectOption('knowledge');
  await editor.getByRole('button', { name: 'Show' }).click();
  await expect(editor).toHaveURL(/kind=uncoded_dimension/);
  await expect(editor).toHaveURL(/dimension=knowledge/);
  const items = editor.locator('ol.queue > li');
  for (const text of await items.allTextContents()) expect(text).toContain('Knowledge never coded');
  await checkPage(editor);
});

test('a refused form names and links every field, and the preview row counts the actor’s other documents', async () => {
  await editor.goto('/desk/propose/document?actor=denmark');
  await field(editor, 'Date').fill('2026-13');
  await field(editor, 'Official URL').fill('javascript:alert(1)');
  await field(editor, 'Sources (one URL per line)').fill('https://example.org/ok\n\nnot a url');
  await editor.getByRole('button', { name: 'Submit for review' }).click();
  const summary = editor.getByRole('alert', { name: /Nothing was saved/ });
  await expect(summary).toContainText('Nothing was saved');
  const links = summary.getByRole('link');
  const invalid = await editor.locator('[aria-invalid="true"]').count();
  expect(invalid).toBeGreaterThanOrEqual(5);
  await expect(links).toHaveCount(invalid);
  for (const name of ['Document: Title', 'Document: Date', 'Document: Official URL', 'Our reading: Sources (one URL per line)', 'Reason for this proposal']) {
    await expect(links.filter({ hasText: name })).toHaveCount(1);
  }
  await expect(summary).toContainText('Line 3 (not a url)');
  await expect(summary).not.toContainText('fields need attention');
  await links.filter({ hasText: 'Document: Date' }).click();
  await expect(field(editor, 'Date')).toBeFocused();
  await expect(field(editor, 'Date')).toHaveValue('2026-13');
  await checkPage(editor);

  await field(editor, 'Title').fill('E2E Denmark statement');
  await field(editor, 'Date').fill('2026-11-20');
  await field(editor, 'Type').selectOption('speech');
  await field(editor, 'Venue').fill('Example venue (e2e)');
  await field(editor, 'Official URL').fill('https://example.org/e2e-denmark');
  await field(editor, 'Sources (one URL per line)').fill('https://example.org/ok');
  await editor.getByLabel('Quote').first().fill('E2E quote.');
  await editor.getByLabel('Locator').first().fill('para. 1');
  await field(editor, 'Applicability').selectOption('silent');
  await field(editor, 'Prevention').selectOption('includes_prevention');
  await field(editor, 'Confidence').selectOption('medium');
  await field(editor, 'Summary').fill('E2E summary.');
  await editor.getByRole('button', { name: 'Preview' }).click();
  const preview = editor.getByRole('region', { name: 'Preview (nothing is saved yet)' });
  const today = preview.getByRole('table', { name: /in the matrix today/ });
  const after = preview.getByRole('table', { name: /after publishing/ });
  const cell = (table: typeof today, n: number) => table.locator('tbody td').nth(n);
  // Denmark's other documents still decide applicability: a later silence erases nothing, and the cell is no gap.
  const applicabilityToday = (await cell(today, 0).locator('.outcome-label').textContent())!;
  await expect(cell(after, 0).locator('.outcome-label')).toHaveText(applicabilityToday);
  await expect(cell(after, 0)).not.toContainText('Not yet coded');
  await expect(cell(after, 3)).toContainText('Includes prevention');
  await expect(preview).toContainText('Publishing changes the value of Prevention');
  await checkPage(editor);
});

test('a document we already track is flagged at preview, after submitting and at review', async () => {
  const db = new Database(DB, { readonly: true });
  const tracked = db
    .prepare(
      `SELECT d.slug, d.title, d.date, d.type, d.venue FROM documents d JOIN document_authors da ON da.document_id = d.id
       JOIN actors a ON a.id = da.actor_id WHERE a.slug = 'estonia' ORDER BY d.effective_date LIMIT 1`,
    )
    .get() as { slug: string; title: string; date: string; type: string; venue: string };
  db.close();
  await editor.goto('/desk/propose/document?actor=estonia');
  await field(editor, 'Title').fill(tracked.title);
  await field(editor, 'Date').fill(tracked.date);
  await field(editor, 'Type').selectOption(tracked.type);
  await field(editor, 'Venue').fill(tracked.venue);
  await field(editor, 'Summary').fill('E2E: the same document again.');
  await field(editor, 'Reason for this proposal').fill('E2E duplicate');
  await editor.getByRole('button', { name: 'Preview' }).click();
  const flag = (page: Page) => page.getByRole('region', { name: 'Possible duplicate of a document we already track' });
  await expect(flag(editor).getByRole('link')).toHaveAttribute('href', `/actors/estonia#doc-${tracked.slug}`);
  await checkPage(editor);
  await editor.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.getByRole('status')).toContainText('Proposal submitted');
  await expect(flag(editor)).toBeVisible();

  await reviewer.goto(new URL(editor.url()).pathname);
  await expect(flag(reviewer).getByRole('link')).toHaveAttribute('href', `/actors/estonia#doc-${tracked.slug}`);
  await field(reviewer, 'Reason for your decision').fill('E2E: looks fine');
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  const summary = reviewer.getByRole('alert', { name: /Nothing was saved/ });
  await expect(summary.getByRole('link', { name: /it is a different document/ })).toBeVisible();
  await checkPage(reviewer);
  await field(reviewer, 'Reason for your decision').fill('Duplicate of the document already tracked');
  await reviewer.getByRole('button', { name: 'Reject' }).click();
  await expect(reviewer.getByRole('status')).toContainText('Rejected');
});
