/**
 * The editorial workflow end to end, in a real browser against the real server and its SQLite file
 * (E2E_DATABASE_URL): the first admin from the command line; the admin creates an editor and a reviewer; the editor
 * adds a State we do not track yet (Iceland: no seed document) with one document, two codings and a quote; the
 * reviewer approves; the State then shows everywhere; a correction then shows as a correction with the earlier
 * value and the reason. The content is clearly fictional test content (example.org), in a test database only.
 */
import { spawnSync } from 'node:child_process';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectUniqueIds } from './desk-helpers';

const DB = process.env.E2E_DATABASE_URL || 'data/e2e.db';
const ADMIN = { email: 'admin-e2e@example.org', password: 'admin password for e2e' };
const EDITOR = { email: 'editor-e2e@example.org', password: 'editor password for e2e', name: 'Eda Editor' };
const REVIEWER = { email: 'reviewer-e2e@example.org', password: 'reviewer password for e2e', name: 'Rex Reviewer' };
const TITLE = 'Test document (e2e)';

test.describe.configure({ mode: 'serial' });
test.setTimeout(480_000);

/** A desk field by its label; required fields' labels end with "(required)". */
const label = (page: Page, text: string) => page.getByLabel(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(required\\))?$`));

async function signIn(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/desk');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Exact: the sign-in page's own heading ("Sign in to the editorial desk") must not pass for the desk.
  await expect(page.getByRole('heading', { level: 1, name: 'Editorial desk', exact: true })).toBeVisible();
  return page;
}

test('admin, editor and reviewer publish a new State, then a correction', async ({ browser }) => {
  await test.step('the first admin comes from the command line', () => {
    const r = spawnSync('npx', ['tsx', '--conditions', 'react-server', 'scripts/user-add.ts', '--email', ADMIN.email, '--role', 'admin'], {
      env: { ...process.env, DATABASE_URL: DB },
      input: ADMIN.password,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  const admin = await signIn(browser, ADMIN);
  await test.step('the admin creates an editor and a reviewer', async () => {
    await admin.getByRole('link', { name: 'Users' }).click();
    for (const [u, role] of [
      [EDITOR, 'editor'],
      [REVIEWER, 'reviewer'],
    ] as const) {
      await label(admin, 'Email').fill(u.email);
      await label(admin, 'Name').fill(u.name);
      await label(admin, 'Role').selectOption(role);
      await label(admin, 'Password').fill(u.password);
      await admin.getByRole('button', { name: 'Create account' }).click();
      await expect(admin.getByRole('status')).toContainText(`Created ${role} ${u.email}`);
    }
    await admin.reload();
    await expect(admin.getByRole('rowheader', { name: new RegExp(REVIEWER.email) })).toBeVisible();
    await expectUniqueIds(admin);
    await expectNoAxeViolations(admin);
  });

  const editor = await signIn(browser, EDITOR);
  let proposalUrl = '';
  await test.step('the editor proposes Iceland with one document, two codings and a quote', async () => {
    await editor.getByRole('link', { name: 'Propose a document' }).first().click();
    // Wait for the form before asking whether Iceland is already an actor (it is, with dataset 1.1).
    await expect(label(editor, 'Filed under')).toBeVisible();
    const existing = label(editor, 'Filed under').locator('option', { hasText: /^Iceland/ });
    if ((await existing.count()) > 0) {
      await label(editor, 'Filed under').selectOption({ label: (await existing.first().textContent())!.trim() });
    } else {
      await editor.getByText('New actor', { exact: true }).click();
      await label(editor, 'Name').fill('Iceland');
      await label(editor, 'Kind').selectOption('state');
      await label(editor, 'ISO 3166 alpha-3 code').fill('ISL');
      await label(editor, 'Region').fill('Europe');
      await label(editor, 'UN regional group').selectOption('WEOG');
    }
    await label(editor, 'Title').fill(TITLE);
    await label(editor, 'Date').fill('2026-03');
    await label(editor, 'Type').selectOption('position_paper');
    await label(editor, 'Venue').fill('Example venue (e2e)');
    await label(editor, 'Official URL').fill('javascript:alert(1)');
    await editor.getByLabel('Quote').first().fill('Test quote (e2e): due diligence is a binding obligation.');
    await editor.getByLabel('Locator').first().fill('para. 1 (e2e)');
    await label(editor, 'Applicability').selectOption('binding_obligation');
    await label(editor, 'Knowledge').selectOption('actual_or_constructive');
    await label(editor, 'Confidence').selectOption('medium');
    await label(editor, 'Summary').fill('Test summary (e2e) of a fictional document.');
    await label(editor, 'Reason for this proposal').fill('E2E test proposal');

    // A bad URL: the error is on the field, and everything typed is kept.
    await editor.getByRole('button', { name: 'Preview' }).click();
    await expect(editor.locator('#document-document-url-error')).toHaveText(/\S/);
    await expect(label(editor, 'Official URL')).toHaveAttribute('aria-invalid', 'true');
    await expect(label(editor, 'Title')).toHaveValue(TITLE);
    await expect(label(editor, 'Applicability')).toHaveValue('binding_obligation');
    await label(editor, 'Official URL').fill('https://example.org/e2e-document');

    await editor.getByRole('button', { name: 'Preview' }).click();
    const preview = editor.getByRole('region', { name: /Preview/ });
    await expect(preview.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(preview.getByRole('table', { name: /after publishing/ })).toContainText('Binding obligation');
    await expect(preview.getByRole('table', { name: /after publishing/ })).toContainText('Not yet coded');
    await expectNoAxeViolations(editor);

    await editor.getByRole('button', { name: 'Submit for review' }).click();
    await expect(editor.getByRole('status')).toContainText('Proposal submitted');
    // The author cannot approve their own proposal.
    await expect(editor.getByText('someone else must review it')).toBeVisible();
    proposalUrl = new URL(editor.url()).pathname;
  });

  await test.step('nothing is public before review', async () => {
    const r = await editor.goto('/search?q=e2e');
    expect(r?.status()).toBe(200);
    await expect(editor.getByText(TITLE)).toHaveCount(0);
  });

  const reviewer = await signIn(browser, REVIEWER);
  await test.step('the reviewer sees before/after and approves with a reason', async () => {
    await reviewer.getByRole('link', { name: 'Review queue' }).first().click();
    await reviewer.getByRole('link', { name: new RegExp(TITLE.replace(/[()]/g, '\\$&')) }).click();
    const publishes = reviewer.getByRole('region', { name: 'What approving publishes' });
    await expect(publishes.getByRole('table', { name: /in the matrix today/ })).toBeVisible();
    await expect(publishes.getByRole('table', { name: /in the matrix after publishing/ })).toContainText('Binding obligation');
    await label(reviewer, 'Reason for your decision').fill('Checked against the (fictional) source');
    await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
    await expect(reviewer.getByRole('status')).toContainText('Approved and published');
    await expectNoAxeViolations(reviewer);
  });

  await test.step('Iceland now shows on its page, in /compare, /changes, Atom, search and a briefing', async () => {
    const p = reviewer;
    await p.goto('/actors/iceland');
    await expect(p.getByRole('heading', { level: 1, name: 'Iceland' })).toBeVisible();
    await expect(p.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(p.getByText('Test quote (e2e)')).toBeVisible();

    await p.goto('/compare?actors=iceland');
    await expect(p.getByRole('rowheader', { name: /Iceland/ })).toBeVisible();
    await expect(p.locator('table').filter({ hasText: 'Iceland' }).first()).toContainText('Binding obligation');

    await p.goto('/changes?actor=iceland');
    await expect(p.locator('#changes-table')).toContainText(TITLE);

    const atom = await p.request.get('/changes.atom');
    expect(atom.status()).toBe(200);
    expect(await atom.text()).toContain(TITLE);

    await p.goto('/search?q=e2e');
    await expect(p.getByText(TITLE).first()).toBeVisible();

    await p.goto('/briefing?actors=iceland');
    await expect(p.locator('body')).toContainText(TITLE);
    // The footnote cites the new document, linked to its official URL.
    await expect(p.locator('a[href="https://example.org/e2e-document"]').first()).toBeAttached();
  });

  await test.step('signed in, the actor page offers the desk; the page anonymous readers get (and the cache keeps) never does', async () => {
    await editor.goto('/actors/iceland');
    const desk = editor.getByRole('navigation', { name: `Editorial desk: ${TITLE}` });
    await expect(desk.getByRole('link', { name: 'Applicability' })).toHaveAttribute('href', /\/desk\/propose\/correction\?coding=\d+/);
    await expect(desk.getByRole('link', { name: /Code this document/ })).toHaveAttribute('href', /\/desk\/propose\/coding\?document=/);
    await expect(editor.getByRole('link', { name: 'Propose a new document for Iceland' })).toBeVisible();
    const anonymous = await browser.newContext();
    const first = await anonymous.request.get('/actors/iceland');
    const second = await anonymous.request.get('/actors/iceland');
    expect(second.headers()['x-cache']).toBe('HIT');
    for (const r of [first, second]) {
      const html = await r.text();
      expect(html).toContain(TITLE);
      expect(html).not.toContain('Editorial desk');
      expect(html).not.toContain('/desk/propose');
    }
    // The signed-in request bypasses the cache and still gets its links.
    const signedIn = await editor.request.get('/actors/iceland');
    expect(signedIn.headers()['x-cache']).not.toBe('HIT');
    expect(await signedIn.text()).toContain('/desk/propose/correction');
    await anonymous.close();
  });

  await test.step('a correction shows as a correction, with the earlier value in the history and the reason', async () => {
    await editor.goto(proposalUrl);
    await editor.getByRole('link', { name: /Propose a correction of Applicability/ }).click();
    // Two forms on one page (correct, withdraw): each label points to its own field.
    await expectUniqueIds(editor);
    await expect(label(editor, 'Reason for the withdrawal')).toHaveAttribute('id', 'withdrawal-reason');
    await expect(label(editor, 'Reason for the correction')).toHaveAttribute('id', 'correction-reason');
    await label(editor, 'New value').selectOption('voluntary_norm');
    await label(editor, 'Confidence').selectOption('low');
    await label(editor, 'Reason for the correction').fill('Correction test (e2e): the text says should');
    // The correction form has a preview too: before, after and the row.
    await editor.getByRole('button', { name: 'Preview' }).first().click();
    const preview = editor.getByRole('region', { name: 'Preview (nothing is saved yet)' });
    await expect(preview.getByRole('region', { name: 'Before', exact: true })).toContainText('Binding obligation');
    await expect(preview.getByRole('region', { name: 'After', exact: true })).toContainText('Voluntary norm only');
    await expect(preview.getByRole('table', { name: /after publishing/ })).toContainText('Voluntary norm only');
    await expectUniqueIds(editor);
    await expectNoAxeViolations(editor);
    await editor.getByRole('button', { name: 'Submit correction for review' }).click();
    await expect(editor.getByRole('status')).toContainText('Proposal submitted');
    const correctionUrl = new URL(editor.url()).pathname;

    await reviewer.goto(correctionUrl);
    await expect(reviewer.getByRole('heading', { level: 1 })).toContainText('Correction of Applicability for Iceland in “Test document (e2e)”');
    await expect(reviewer.getByRole('region', { name: 'Before', exact: true })).toContainText('Binding obligation');
    await expect(reviewer.getByRole('region', { name: 'After', exact: true })).toContainText('Voluntary norm only');
    await label(reviewer, 'Reason for your decision').fill('Agreed after reading the text');
    await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
    await expect(reviewer.getByRole('status')).toContainText('Approved and published');

    const p = reviewer;
    await p.goto('/changes?actor=iceland');
    const corrections = p.locator('#corrections-table');
    await expect(corrections).toContainText('Correction of our coding');
    // In the public wording of a correction: what we had coded, and what it is now.
    await expect(corrections).toContainText('we had coded Binding obligation');
    await expect(corrections).toContainText('corrected to Voluntary norm only');
    await expect(corrections).toContainText('Correction test (e2e): the text says should');
    const atom = await (await p.request.get('/changes.atom')).text();
    expect(atom).toContain('correction of our coding');
    expect(atom).toContain('Correction test (e2e): the text says should');

    await p.goto('/compare/evidence?actor=iceland&dim=applicability');
    const history = p.getByRole('region', { name: 'Earlier versions of this coding' });
    await expect(history).toContainText('Binding obligation');
    await expect(history).toContainText('Correction test (e2e): the text says should');
    await expectNoAxeViolations(p);
  });

  await test.step('the audit page lists every step', async () => {
    await admin.goto('/desk/audit');
    for (const action of ['user.create', 'proposal.create', 'proposal.approve']) await expect(admin.getByRole('cell', { name: action }).first()).toBeVisible();
  });
});

test('the sign-in form works without JavaScript and keeps the typed email on error', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('nobody@example.org');
  await page.getByLabel('Password').fill('wrong password here');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText(/not right|Too many/);
  await expect(page.getByLabel('Email')).toHaveValue('nobody@example.org');
  await context.close();
  // axe runs inside the page, so it needs JavaScript: check the same form in an ordinary context.
  const withScript = await browser.newContext();
  const checked = await withScript.newPage();
  await checked.goto('/sign-in');
  await expectNoAxeViolations(checked);
  await withScript.close();
});

test('desk pages send anonymous visitors to sign in', async ({ page }) => {
  for (const path of ['/desk', '/desk/users', '/desk/review', '/desk/audit', '/desk/verify', '/desk/propose/document']) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(path).replace(/%2F/g, '(/|%2F)')}`));
  }
  // The desk's old address still leads there.
  await page.goto('/editor/verify');
  await expect(page).toHaveURL(/\/sign-in\?next=(\/|%2F)desk(\/|%2F)verify/);
});
