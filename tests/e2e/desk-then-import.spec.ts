/**
 * Issue 18's promise, in a real browser against the real server and its SQLite file: nothing an editor publishes can
 * block the next import. An editor proposes (through the desk's form) a document for a State the seed gives no
 * document and one for a State the seed gives exactly one; a second reviewer approves both; then `npm run db:setup`
 * (the import of seed/) and a `data:convert` of the same dataset (written from seed/, so it runs on a clean clone)
 * imported with `db:seed` both exit 0, keep the two documents on their public pages, and report exact counts. Expectations are computed from seed/ and the database,
 * never from the pages. Fictional test content (example.org), in the test database only.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { readSeedDir } from '@/seed/read';
import { writeDatasetSource } from '../helpers/dataset-source';
import { DB, field, sessionPage } from './desk-helpers';
import { readSeedActors } from './seed-coverage';

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

const actors = readSeedActors();
const documentsBy = (slug: string) => actors.flatMap((a) => a.documents.filter((d) => (d.authors?.length ? d.authors : [a.slug]).includes(slug)));
const states = actors.filter((a) => a.kind === 'state');
/** A State with no seed document, and one whose single seed document codes applicability (kept as it is, so the
 * counts other specs take from the seed still hold: the new document says the same). */
const withNone = states.find((a) => documentsBy(a.slug).length === 0)!;
const withOne = states.find((a) => {
  const docs = documentsBy(a.slug);
  return docs.length === 1 && typeof docs[0]!.codings.applicability === 'string';
})!;
const seedDocuments = new Set(actors.flatMap((a) => a.documents.map((d) => d.id))).size;

/** Runs a project command on the browser tests' database, as an operator would. */
function command(script: string, args: string[] = []) {
  return spawnSync('npx', ['tsx', '--conditions', 'react-server', script, ...args], { env: { ...process.env, DATABASE_URL: DB }, encoding: 'utf8' });
}

function deskDocumentSlugs(): string[] {
  const db = new Database(DB, { readonly: true });
  try {
    return db.prepare("SELECT d.slug FROM documents d JOIN origins o ON o.id = d.origin_id WHERE o.kind = 'desk' ORDER BY d.slug").pluck().all() as string[];
  } finally {
    db.close();
  }
}

async function propose(editor: Page, actor: { slug: string }, title: string, date: string, applicability: string): Promise<string> {
  await editor.goto(`/desk/propose/document?actor=${actor.slug}`);
  await field(editor, 'Title').fill(title);
  await field(editor, 'Date').fill(date);
  await field(editor, 'Type').selectOption('speech');
  await field(editor, 'Venue').fill('Example venue (e2e)');
  await field(editor, 'Official URL').fill(`https://example.org/${actor.slug}-${date}`);
  await editor.getByLabel('Quote').first().fill('Test quote (e2e): States should exercise due diligence in cyberspace.');
  await editor.getByLabel('Locator').first().fill('para. 4 (e2e)');
  await field(editor, 'Applicability').selectOption(applicability);
  await field(editor, 'Confidence').selectOption('medium');
  await field(editor, 'Summary').fill(`${title}: test summary of a fictional document.`);
  await field(editor, 'Reason for this proposal').fill('E2E: desk work before an import');
  await editor.getByRole('button', { name: 'Preview' }).click();
  await expect(editor.getByRole('region', { name: /Preview/ }).getByRole('heading', { name: title })).toBeVisible();
  await editor.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.getByRole('status')).toContainText('Proposal submitted');
  return new URL(editor.url()).pathname;
}

test('documents published through the desk survive db:setup and the import of a data:convert of the same dataset', async ({ browser }) => {
  expect(withNone, 'seed/ has a State with no document').toBeTruthy();
  expect(withOne, 'seed/ has a State with one document coding applicability').toBeTruthy();
  const editor = await sessionPage(browser, 'import-editor@example.org', 'editor');
  const reviewer = await sessionPage(browser, 'import-reviewer@example.org', 'reviewer');
  const before = deskDocumentSlugs();

  const titles = [`First statement of ${withNone.name} (e2e)`, `Second statement of ${withOne.name} (e2e)`];
  const proposals = [
    await propose(editor, withNone, titles[0]!, '2026-05-04', 'voluntary_norm'),
    await propose(editor, withOne, titles[1]!, '2026-05-02', documentsBy(withOne.slug)[0]!.codings.applicability as string),
  ];
  for (const url of proposals) {
    await reviewer.goto(url);
    await field(reviewer, 'Reason for your decision').fill('E2E: checked against the (fictional) source');
    await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
    await expect(reviewer.getByRole('status')).toContainText('Approved and published');
  }
  const desk = deskDocumentSlugs();
  expect(desk.filter((s) => !before.includes(s))).toHaveLength(2);

  const expectBothPublic = async () => {
    for (const [actor, title] of [
      [withNone, titles[0]!],
      [withOne, titles[1]!],
    ] as const) {
      const r = await reviewer.goto(`/actors/${actor.slug}`);
      expect(r?.status()).toBe(200);
      await expect(reviewer.getByText(title).first()).toBeVisible();
    }
  };
  await expectBothPublic();

  await test.step('npm run db:setup keeps both and counts exactly', async () => {
    const setup = command('scripts/setup-db.ts');
    expect(setup.status, setup.stderr).toBe(0);
    expect(setup.stdout).toContain(`documents 0 added, 0 corrected, ${seedDocuments} unchanged, ${desk.length} not in the folder left alone`);
    expect(deskDocumentSlugs()).toEqual(desk);
    await expectBothPublic();
  });

  await test.step('data:convert of the same dataset, imported with db:seed, changes nothing and keeps both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdd-desk-import-'));
    try {
      const source = join(dir, 'dataset');
      const converted = join(dir, 'seed');
      mkdirSync(source);
      mkdirSync(converted);
      writeDatasetSource(source, readSeedDir('seed'));
      const convert = command('scripts/convert-dataset.ts', [source, converted]);
      expect(convert.status, convert.stderr).toBe(0);
      const seed = command('seed/index.ts', [converted]);
      expect(seed.status, seed.stderr).toBe(0);
      // Another dataset version (the converter hashes its input), so the import is recorded, and changes nothing.
      expect(seed.stdout).toContain(`documents 0 added, 0 corrected, ${seedDocuments} unchanged, ${desk.length} not in the folder left alone`);
      expect(seed.stdout).toContain('codings 0 added, 0 corrected, 0 withdrawn');
      expect(deskDocumentSlugs()).toEqual(desk);
      await expectBothPublic();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
