import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { expectNoAxeViolations } from './axe';

const FOUR = ['Denmark', 'China', 'European Union', 'United States'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const today = () => new Date().toISOString().slice(0, 10);

async function notesAndRefs(page: Page) {
  const pack = page.locator('article');
  // Statements resting on the same citations share a note, and the executive summary points to notes too (issue 13):
  // count the distinct notes referred to.
  const targets = await pack.locator('sup a[href^="#fn-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return { notes: await pack.locator('ol li[id^="fn-"]').count(), refs: new Set(targets).size };
}

test('the empty builder explains itself, offers an example, and has no axe violations', async ({ page }) => {
  await page.goto('/briefing');
  await expect(page.getByText('No actor or group chosen yet')).toBeVisible();
  await expect(page.getByRole('link', { name: /Denmark, China, the European Union and the United States/ })).toHaveAttribute(
    'href',
    /actors=denmark,china,european-union,united-states&asOf=/,
  );
  await expectNoAxeViolations(page);
});

test('a full pack built through the controls is reproduced by its URL, and its downloads carry the same footnotes', async ({ page, request }) => {
  await page.goto('/briefing');
  await page.getByRole('radio', { name: /^Full pack/ }).check();
  await page.getByLabel('Title').fill('Due diligence: four positions');
  await page.getByLabel('Purpose (optional)').fill('For the legal adviser');
  const combobox = page.getByRole('combobox', { name: 'Actors' });
  for (const name of FOUR) {
    await combobox.fill(name);
    await page
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .first()
      .click();
    await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked();
  }
  await page.getByRole('checkbox', { name: 'Remedies', exact: true }).uncheck();
  await page.getByLabel('Positions as of').fill(today());
  await page.getByRole('button', { name: 'Build the pack' }).click();

  const url = new URL(page.url());
  expect(url.searchParams.getAll('actors').sort()).toEqual(['china', 'denmark', 'european-union', 'united-states']);
  expect(url.searchParams.get('title')).toBe('Due diligence: four positions');
  expect(url.searchParams.get('purpose')).toBe('For the legal adviser');
  expect(url.searchParams.get('asOf')).toBe(today());
  expect(url.searchParams.getAll('dims')).not.toContain('remedies');
  expect(url.searchParams.get('layout')).toBe('full');

  const pack = page.locator('article');
  await expect(pack.getByRole('heading', { name: 'Due diligence: four positions' })).toBeVisible();
  for (const name of FOUR) await expect(pack.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect(pack.getByRole('columnheader', { name: 'Remedies' })).toHaveCount(0);
  const { notes, refs } = await notesAndRefs(page);
  expect(notes).toBeGreaterThan(FOUR.length);
  expect(refs).toBe(notes);
  await expect(pack.getByText('[low confidence — verify before citing]').first()).toBeVisible();
  await expect(pack.getByText(/moved from “.+” \(\d{4}\) to “.+” \(\d{4}\)/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  const text = await pack.innerText();

  // The same URL, opened afresh, and the permanent link both regenerate the same pack.
  await page.goto(url.toString());
  expect(await page.locator('article').innerText()).toBe(text);
  await page.getByRole('link', { name: /^\/briefing\?/ }).click();
  await expect(page.locator('article h4').first()).toBeVisible();
  expect(await page.locator('article').innerText()).toBe(text);

  const word = await request.get((await page.getByRole('link', { name: 'Word (.docx)' }).getAttribute('href'))!);
  expect(word.status()).toBe(200);
  expect(word.headers()['content-type']).toBe(DOCX);
  expect(word.headers()['content-disposition']).toContain(`due-diligence-briefing-${today()}.docx`);
  const zip = await JSZip.loadAsync(await word.body());
  expect(await zip.file('word/document.xml')!.async('string')).toContain('Due diligence: four positions');
  expect((await zip.file('word/footnotes.xml')!.async('string')).match(/<w:footnote w:id="\d+">/g)).toHaveLength(notes);

  const md = await request.get((await page.getByRole('link', { name: 'Markdown (.md)' }).getAttribute('href'))!);
  expect(md.status()).toBe(200);
  expect(md.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  expect((await md.text()).match(/^\[\^\d+\]: /gm)).toHaveLength(notes);
});

test('a group expands to the bloc and its members, and the full pack prints as a clean A4 PDF', async ({ page }, testInfo) => {
  await page.goto('/briefing');
  await page.getByRole('radio', { name: /^Full pack/ }).check();
  await page.getByRole('combobox', { name: /group/ }).selectOption({ label: 'European Union' });
  await page.getByLabel('Positions as of').fill('2021-12-31');
  await page.getByRole('button', { name: 'Build the pack' }).click();
  await expect(page).toHaveURL(/group=european-union/);
  const rows = page.locator('article table tbody th');
  await expect(rows.first()).toHaveText('European Union (bloc)');
  expect(await rows.count()).toBeGreaterThan(5);

  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', 'form[aria-label="Build a briefing pack"]', 'text=Download:']) await expect(page.locator(hidden)).toBeHidden();
  await expect(page.locator('article')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await testInfo.attach('briefing.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // Title page, positions, method and notes each start a page.
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(4);
});

test('bad parameters show notices instead of an error', async ({ page }) => {
  const res = await page.goto('/briefing?actors=denmark,atlantis&asOf=never&dims=colour');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('status')).toContainText('atlantis');
  await expect(page.getByRole('status')).toContainText('never');
  await expect(page.locator('article').getByRole('rowheader', { name: 'Denmark', exact: true })).toBeVisible();
});
