/**
 * Stored sources against the real server (issue 21): `npm run source:add` attaches a PDF made here to a document of
 * the e2e database (in another process, as a person would); `/search` for a phrase on page 2 lists that document and
 * page 2; the actor page's quote links to "read in context", which shows page 2 with the quote highlighted, the
 * page number and the SHA-256; the download is the same bytes, as an attachment that cannot run.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { makePdf, pdfEncodable } from '../../scripts/sources/pdf-writer';
import { expectNoAxeViolations } from './axe';

const databaseUrl = process.env.E2E_DATABASE_URL || 'data/e2e.db';
const PHRASE = 'the tracker keeps this sentence on page two for its search test';

type Passage = { id: number; quote: string; documentSlug: string; actorSlug: string; title: string };

/** A quote of the seed whose document has no source yet and whose words our PDF writer can set. */
function pickPassage(): Passage {
  const d = new Database(databaseUrl, { readonly: true });
  try {
    const rows = d
      .prepare(
        `SELECT p.id, p.quote, d.slug AS documentSlug, a.slug AS actorSlug, d.title
         FROM passages p JOIN documents d ON d.id = p.document_id
         JOIN document_authors da ON da.document_id = d.id JOIN actors a ON a.id = da.actor_id
         WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_id = d.id) AND length(p.quote) BETWEEN 60 AND 600
         ORDER BY p.id`,
      )
      .all() as Passage[];
    const usable = rows.find((r) => pdfEncodable(r.quote) && !/[\r\n]/.test(r.quote));
    if (!usable) throw new Error('no seed quote the PDF writer can set');
    return usable;
  } finally {
    d.close();
  }
}

/** Words into lines of at most `width` characters. */
function wrap(text: string, width = 80): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

let passage: Passage;
let sha256: string;

test.beforeAll(() => {
  passage = pickPassage();
  const pdf = makePdf([
    ['Ministry of Foreign Affairs', 'Position on international law in cyberspace'],
    ['Part two', ...wrap(`As ${PHRASE}.`), '', ...wrap(passage.quote)],
    ['Annex', 'Nothing of interest here.'],
  ]);
  sha256 = createHash('sha256').update(pdf).digest('hex');
  const file = join(mkdtempSync(join(tmpdir(), 'e2e-source-')), 'position.pdf');
  writeFileSync(file, pdf);
  execFileSync(
    'npx',
    ['tsx', '--conditions', 'react-server', 'scripts/source-add.ts', passage.documentSlug, file, '--url', 'https://example.org/position.pdf'],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: 'pipe',
      timeout: 120_000,
    },
  );
});

test('/search finds a phrase on page 2 of a stored source, listing the document and page 2', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent(`"${PHRASE}"`)}`);
  const section = page.locator('section.source-hits');
  await expect(section.getByRole('heading', { name: 'In the stored sources' })).toBeVisible();
  const hit = section.locator(`[data-source-document="${passage.documentSlug}"]`);
  await expect(hit.getByRole('heading', { name: passage.title })).toBeVisible();
  await expect(hit.locator('[data-source-page]')).toHaveCount(1);
  await expect(hit.locator('[data-source-page="2"]').getByRole('link', { name: 'Page 2' })).toBeVisible();
  await expect(hit.locator('mark').first()).toBeVisible();
  await hit.getByRole('link', { name: 'Page 2' }).click();
  await expect(page.getByRole('heading', { name: 'Page 2 of 3' })).toBeVisible();
  await expect(page.locator('mark.source-search').first()).toHaveText(/the/i);
});

test('the actor page links a quote to its page in the source, highlighted, with the page number and hash', async ({ page }) => {
  await page.goto(`/actors/${passage.actorSlug}`);
  const card = page.locator(`#doc-${passage.documentSlug}`);
  await card.locator(`a.read-in-context[href*="passage=${passage.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${passage.documentSlug}\\?passage=\\d+#quote$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(passage.title);
  await expect(page.getByRole('heading', { name: 'Page 2 of 3' })).toBeVisible();
  await expect(page.getByText(/Found word for word in the stored text on page 2/)).toBeVisible();
  const quoted = await page.locator('mark.source-quote').allTextContents();
  const normalise = (s: string) =>
    s
      .replace(/Quoted passage: | \(end of the quoted passage\)/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  expect(normalise(quoted.join(' '))).toBe(normalise(passage.quote));
  await expect(page.locator('.source-hash')).toHaveText(sha256);
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the download is the stored file, as an attachment that cannot run', async ({ request }) => {
  const res = await request.get(`/sources/${passage.documentSlug}/file`);
  expect(res.status()).toBe(200);
  const h = res.headers();
  expect(h['content-type']).toBe('application/pdf');
  expect(h['content-disposition']).toMatch(/^attachment; filename="position\.pdf"/);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['content-security-policy']).toMatch(/^sandbox/);
  expect(
    createHash('sha256')
      .update(await res.body())
      .digest('hex'),
  ).toBe(sha256);
  const again = await request.get(`/sources/${passage.documentSlug}/file`, { headers: { 'if-none-match': h.etag! } });
  expect(again.status()).toBe(304);
});

test('unknown documents and bad parameters never give a 500', async ({ request, page }) => {
  expect((await request.get('/sources/no-such-document')).status()).toBe(404);
  expect((await request.get('/sources/no-such-document/file')).status()).toBe(404);
  await page.goto(`/sources/${passage.documentSlug}?page=999&passage=abc`);
  await expect(page.getByText(/This source has 3 pages; showing the first\./)).toBeVisible();
  await expect(page.getByText(/is not a passage number/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page 1 of 3' })).toBeVisible();
});
