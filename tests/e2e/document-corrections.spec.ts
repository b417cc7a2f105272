/**
 * A document's own record corrected and a document withdrawn, through the desk in a real browser against the real
 * server and its SQLite file: the editor starts from the document's card on the actor page, a second person approves,
 * and the public pages show the new record with the correction and its reason, or the withdrawal with its reason,
 * and the actor's matrix cell stops resting on the withdrawn document. Test content lives in the test database only.
 */
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DB, expectUniqueIds, field, sessionPage } from './desk-helpers';

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

let editor: Page;
let reviewer: Page;

type Doc = { slug: string; title: string; date: string; effective: string; actor: string; value: string; previous: string | null };

/**
 * Single-author documents of States, each the latest of its actor holding an applicability value (so it decides the
 * actor's matrix cell today), one per actor, with the value it holds and the value of the actor's document before it.
 * The browser tests share one database and run one after another: what this spec changes must not move the counts
 * that later specs take from the seed files (one-count.spec.ts counts binding States today), so a correction keeps
 * the document's place in time and a withdrawal leaves the actor's value as it was.
 */
function decidingDocuments(): Doc[] {
  const db = new Database(DB, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT d.slug, d.title, d.date, d.effective_date AS effective, a.slug AS actor, c.value,
           (SELECT c3.value FROM codings c3 JOIN documents d3 ON d3.id = c3.document_id
             WHERE c3.actor_id = a.id AND c3.dimension_key = 'applicability' AND c3.value IS NOT NULL AND d3.effective_date < d.effective_date
               AND NOT EXISTS (SELECT 1 FROM codings l3 WHERE l3.supersedes_id = c3.id)
             ORDER BY d3.effective_date DESC LIMIT 1) AS previous
         FROM documents d
         JOIN document_authors da ON da.document_id = d.id JOIN actors a ON a.id = da.actor_id AND a.kind = 'state'
         JOIN codings c ON c.document_id = d.id AND c.actor_id = a.id AND c.dimension_key = 'applicability' AND c.value IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM codings l WHERE l.supersedes_id = c.id)
         WHERE (SELECT count(*) FROM document_authors x WHERE x.document_id = d.id) = 1
           AND d.effective_date = (SELECT max(d2.effective_date) FROM documents d2 JOIN document_authors da2 ON da2.document_id = d2.id
                                   JOIN codings c2 ON c2.document_id = d2.id AND c2.actor_id = a.id AND c2.dimension_key = 'applicability' AND c2.value IS NOT NULL
                                   WHERE da2.actor_id = a.id)
           AND (SELECT count(*) FROM document_authors y WHERE y.actor_id = a.id) >= 2
         GROUP BY a.id ORDER BY a.slug`,
      )
      .all() as Doc[];
  } finally {
    db.close();
  }
}

test.beforeAll(async ({ browser }) => {
  editor = await sessionPage(browser, 'docfix-editor@example.org', 'editor');
  reviewer = await sessionPage(browser, 'docfix-reviewer@example.org', 'reviewer');
});

async function approve(url: string, reason: string): Promise<void> {
  await reviewer.goto(url);
  await field(reviewer, 'Reason for your decision').fill(reason);
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(reviewer.getByRole('status')).toContainText('Approved and published');
}

const card = (page: Page, slug: string) => page.locator(`article[id="doc-${slug}"]`);
/** The desk's links under a document's card (signed in only). */
const deskLinks = (page: Page, doc: Doc) => page.getByRole('navigation', { name: `Editorial desk: ${doc.title}` });

test('an editor corrects a document’s title and date; once approved the public card shows them with the correction and its reason', async ({ browser }) => {
  // A date given to the month or year, made exact at the end of its period: the day the as-of rule already reads it as.
  const doc = decidingDocuments().find((d) => d.date.length < 10)!;
  const newTitle = `${doc.title} (corrected title, e2e)`;
  const newDate = doc.effective;
  await editor.goto(`/actors/${doc.actor}`);
  await deskLinks(editor, doc)
    .getByRole('link', { name: /^Correct this document/ })
    .click();
  await expect(editor).toHaveURL(/\/desk\/propose\/document-correction\?document=/);
  const form = editor.locator('form', { has: editor.getByRole('button', { name: 'Submit correction for review' }) });
  await expect(field(editor, 'Title')).toHaveValue(doc.title);
  await field(editor, 'Title').fill(newTitle);
  await field(editor, 'Date').fill(newDate);
  await field(editor, 'Reason for the correction').fill('E2E: the ministry gives the exact day');
  await form.getByRole('button', { name: 'Preview' }).click();
  const changes = editor.getByRole('table', { name: /What the correction changes/ });
  await expect(changes).toContainText(newTitle);
  await expect(changes).toContainText(newDate);
  await expectUniqueIds(editor);
  await expectNoAxeViolations(editor);
  await editor.getByRole('button', { name: 'Submit correction for review' }).click();
  await expect(editor.getByRole('status')).toContainText('Proposal submitted');
  await approve(new URL(editor.url()).pathname, 'E2E: checked against the ministry');
  // The published proposal's page says what was published, not a preview that now finds nothing to change.
  const published = reviewer.getByRole('region', { name: /^Published on/ });
  await expect(published.getByRole('list', { name: 'Corrections of this record' })).toContainText(`Title was “${doc.title}”, now “${newTitle}”`);
  await expect(reviewer.getByText('Nothing changes')).toHaveCount(0);
  await expectUniqueIds(reviewer);

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/actors/${doc.actor}`);
  const shown = card(anonymous, doc.slug);
  await expect(shown.getByRole('heading', { name: newTitle })).toBeVisible();
  await expect(shown.locator(`time[datetime="${newDate}"]`).first()).toBeVisible();
  const correction = shown.getByRole('list', { name: 'Corrections of this record' });
  await expect(correction).toContainText('Corrected on');
  await expect(correction).toContainText(`Title was “${doc.title}”, now “${newTitle}”`);
  await expect(correction).toContainText('E2E: the ministry gives the exact day');
  await expectNoAxeViolations(anonymous);

  // /changes lists it apart from changes of position, with what changed and why, and links to the corrected card.
  await anonymous.goto(`/changes?actors=${doc.actor}`);
  const row = anonymous.getByRole('table', { name: /of a document’s record/ }).locator(`tr[data-document="${doc.slug}"]`);
  await expect(row).toContainText(`Title was “${doc.title}”, now “${newTitle}”`);
  await expect(row).toContainText('E2E: the ministry gives the exact day');
  await row.getByRole('link', { name: newTitle }).click();
  await expect(anonymous).toHaveURL(new RegExp(`/actors/${doc.actor}#doc-${doc.slug}$`));
  await expectNoAxeViolations(anonymous);
});

test('a withdrawn document leaves the actor page and the matrix cell, and its own page says why', async ({ browser }) => {
  // Its actor's earlier document holds the same value: the cell changes its evidence, not its value.
  const doc = decidingDocuments().find((d) => d.previous === d.value && d.date.length === 10)!;
  const anonymous = await (await browser.newContext()).newPage();
  const evidence = `/compare/evidence?actor=${doc.actor}&dim=applicability`;
  await anonymous.goto(evidence);
  await expect(anonymous.getByRole('main')).toContainText(doc.title);

  await editor.goto(`/actors/${doc.actor}`);
  await deskLinks(editor, doc)
    .getByRole('link', { name: /^Withdraw this document/ })
    .click();
  const form = editor.locator('form', { has: editor.getByRole('button', { name: 'Submit withdrawal for review' }) });
  await form.getByRole('button', { name: 'Submit withdrawal for review' }).click();
  // No reason: refused, the summary names the field and links to it.
  const summary = editor.getByRole('alert', { name: /Nothing was saved/ });
  await expect(summary.getByRole('link', { name: /Reason for withdrawing the document/ })).toBeVisible();
  await field(editor, 'Reason for withdrawing the document').fill('E2E: the same speech is tracked twice');
  await form.getByRole('button', { name: 'Submit withdrawal for review' }).click();
  await expect(editor.getByRole('status')).toContainText('Proposal submitted');
  // The editor cannot approve their own proposal.
  await expect(editor.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0);
  await approve(new URL(editor.url()).pathname, 'E2E: duplicate confirmed');
  await expect(reviewer.getByRole('region', { name: /^Published on/ }).getByRole('list', { name: 'Corrections of this record' })).toContainText('Withdrawn on');

  await anonymous.goto(`/actors/${doc.actor}`);
  await expect(card(anonymous, doc.slug)).toHaveCount(0);
  await anonymous.goto(evidence);
  await expect(anonymous.getByRole('main')).not.toContainText(doc.title);
  await anonymous.goto(`/sources/${doc.slug}`);
  const revisions = anonymous.getByRole('list', { name: 'Corrections of this record' });
  await expect(revisions).toContainText('Withdrawn on');
  await expect(revisions).toContainText('E2E: the same speech is tracked twice');
  await expectNoAxeViolations(anonymous);
  // /changes says it was withdrawn and why; the title is no longer a link (there is no card).
  await anonymous.goto('/changes');
  const row = anonymous.getByRole('table', { name: /of a document’s record/ }).locator(`tr[data-document="${doc.slug}"]`);
  await expect(row).toContainText('Withdrawn from the record');
  await expect(row).toContainText('E2E: the same speech is tracked twice');
  await expect(row.getByRole('link')).toHaveCount(0);
});

test('anonymous visitors are sent to sign in and cannot reach the form', async ({ browser }) => {
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto('/desk/propose/document-correction?document=x&actor=y');
  await expect(anonymous).toHaveURL(/\/sign-in\?next=/);
});
