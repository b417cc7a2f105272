/**
 * The ambassador's task of issue 19, scripted in Chromium against a running server: "A two-page briefing for an
 * ambassador on the EU, China, Russia, the US and the AU". From the home page: open Briefing, choose the five actors,
 * build, download Word; then LibreOffice converts the file and we count its pages, its "Not yet coded" mentions and
 * the order of the actors. Prints clicks, key presses, seconds and pages as JSON (a measurement, not a test).
 *
 *   BASE_URL=http://127.0.0.1:3000 npx tsx scripts/task-briefing.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const BASE = process.env.BASE_URL || 'http://127.0.0.1:3000';
const ACTORS = ['European Union', 'China', 'Russia', 'United States', 'African Union'];

let clicks = 0;
let keys = 0;
const click = async (page: Page, locator: ReturnType<Page['locator']>) => {
  clicks++;
  await locator.click();
};

/** Ticks a checkbox when the picker lists every actor, else types the name into the picker's combobox. */
async function chooseActor(page: Page, name: string) {
  const box = page.getByRole('checkbox', { name, exact: true });
  if (await box.count()) return click(page, box);
  const combo = page.getByRole('combobox', { name: /actors/i }).first();
  await click(page, combo);
  await combo.pressSequentially(name);
  keys += name.length;
  await page
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .first()
    .waitFor();
  await combo.press('Enter');
  keys++;
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const started = performance.now();
  await page.goto(`${BASE}/`);
  await click(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Briefing' }));
  await page.waitForURL(/\/briefing/);
  for (const name of ACTORS) await chooseActor(page, name);
  await click(page, page.getByRole('button', { name: /Build the (pack|brief)/ }));
  await page.locator('article').waitFor();
  const download = page.waitForEvent('download');
  await click(page, page.getByRole('link', { name: /^Word/ }).first());
  const dir = mkdtempSync(join(tmpdir(), 'task-briefing-'));
  const docx = join(dir, 'briefing.docx');
  await (await download).saveAs(docx);
  const seconds = (performance.now() - started) / 1000;
  const url = page.url();
  await browser.close();

  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe' });
  const pdf = join(dir, 'briefing.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  // The table of positions (the brief) or the summary matrix (the full pack): its columns, and the actors in the order
  // its rows give them.
  const table = text.slice(Math.max(text.indexOf('Positions as of'), text.indexOf('Summary matrix')));
  const columns = (table.split('\n').find((l) => /^\s*Actor\s+Applicability/.test(l)) ?? '').trim().split(/\s{2,}/);
  const order = ACTORS.map((a) => ({ a, at: table.search(new RegExp(`^\\s*${a}\\s`, 'm')) }))
    .sort((x, y) => x.at - y.at)
    .map((x) => x.a);
  const report = {
    url,
    clicks,
    keys,
    seconds: Math.round(seconds * 10) / 10,
    pages,
    notYetCodedMentions: (text.match(/Not yet coded/g) ?? []).length,
    lowConfidenceFlags: (text.match(/\[low confidence — verify before citing\]/g) ?? []).length,
    columns,
    actorOrder: order,
    pdf,
  };
  console.log(JSON.stringify(report, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
