import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('a pack built through the controls is reproduced by its URL, downloads and prints', async ({ page, request }) => {
  await page.goto('/briefing');
  await expectNoAxeViolations(page);
  await page.getByLabel('Title').fill('Due diligence: four positions');
  await page.getByLabel('Purpose (optional)').fill('For the legal adviser');
  for (const name of ['Denmark', 'China', 'European Union', 'United States']) await page.getByRole('checkbox', { name, exact: true }).check();
  await page.getByRole('button', { name: 'Build the pack' }).click();

  await expect(page).toHaveURL(/actors=denmark.*china|actors=.*china/);
  await expect(page).toHaveURL(/title=Due\+diligence/);
  const pack = page.locator('article');
  await expect(pack.getByRole('heading', { name: 'Due diligence: four positions' })).toBeVisible();
  await expect(pack.getByRole('heading', { name: 'Denmark' })).toBeVisible();
  const notes = await pack.locator('ol li[id^="fn-"]').count();
  expect(notes).toBeGreaterThan(4);
  expect(await pack.locator('sup a[href^="#fn-"]').count()).toBe(notes);
  await expect(pack.getByText('[low confidence — verify before citing]').first()).toBeVisible();
  const html = await pack.innerText();
  await expectNoAxeViolations(page);

  await page.goto(page.url());
  await expect(page.locator('article h4').first()).toBeVisible();
  expect(await page.locator('article').innerText()).toBe(html);

  for (const [label, type] of [
    ['Word (.docx)', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['Markdown (.md)', 'text/markdown; charset=utf-8'],
  ] as const) {
    const href = await page.getByRole('link', { name: label }).getAttribute('href');
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe(type);
  }
  const md = await (await request.get((await page.getByRole('link', { name: 'Markdown (.md)' }).getAttribute('href'))!)).text();
  expect(md.match(/^\[\^\d+\]: /gm)).toHaveLength(notes);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('form[aria-label="Build a briefing pack"]')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
});
