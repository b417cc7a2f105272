/**
 * The Word briefing as a reader gets it: rendered from the real data, converted to PDF by LibreOffice
 * (scripts/ensure-libreoffice.sh installs it; `npm test` runs that first) and read back with pdftotext / pdfinfo.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { getBriefingInput, getBriefingVocabulary } from '@/db/queries/briefing';
import { buildBriefing, type BriefingPack } from '@/lib/briefing/model';
import { parseBriefingParams } from '@/lib/url/briefing-params';
import { renderDocx } from '@/server/briefing/render-docx';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../helpers/db';

const TODAY = '2026-11-22';
const ACTORS = 'denmark,china,european-union,united-states,united-kingdom';
let pack: BriefingPack;
let docx: Buffer;
let dir: string;

beforeAll(async () => {
  seedTestDb(readSeedDir(DEFAULT_SEED_DIR));
  const { params } = parseBriefingParams({ actors: ACTORS, title: 'Due diligence: five positions', asOf: '2024-12-31' }, await getBriefingVocabulary(), TODAY);
  pack = buildBriefing(await getBriefingInput(params, TODAY));
  docx = await renderDocx(pack);
  dir = mkdtempSync(join(tmpdir(), 'briefing-pdf-'));
  writeFileSync(join(dir, 'briefing.docx'), docx);
  // A private LibreOffice profile, so a parallel run or a desktop session cannot lock the conversion.
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'briefing.docx')], {
    stdio: 'pipe',
    timeout: 120_000,
  });
}, 180_000);

const cited = () => pack.sections.flatMap((s) => s.statements).filter((s) => s.footnote !== null);

describe('the Word briefing, converted by LibreOffice', () => {
  it('has fewer notes than cited statements, with repeats in short form, and an executive summary with note numbers', () => {
    expect(pack.footnotes.length).toBeLessThan(cited().length);
    const forms = pack.footnotes.flatMap((f) => f.citations.map((c) => c.form));
    expect(forms).toContain('full');
    expect(forms.some((f) => f === 'short' || f === 'ibid')).toBe(true);
    expect(pack.executiveSummary.map((s) => s.dimension)).toContain('applicability');
    const applicability = pack.executiveSummary.find((s) => s.dimension === 'applicability')!;
    expect(applicability.text).toMatch(/^On applicability, .*(Denmark|China)/);
    expect(applicability.footnotes.length).toBeGreaterThan(0);
  });

  it('puts the matrix in a landscape section and carries a running header and page-number fields', async () => {
    const zip = await JSZip.loadAsync(docx);
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    const headers = Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f));
    expect(headers.length).toBeGreaterThan(0);
    const header = await zip.file(headers[0]!)!.async('string');
    expect(header).toContain('positions as of 2024-12-31');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d*\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(footers.join('')).toMatch(/PAGE/);
    expect(footers.join('')).toMatch(/NUMPAGES/);
  });

  it('prints as a few pages, numbered, with whole words in the matrix and the title, summary and notes', () => {
    const pdf = join(dir, 'briefing.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(12);
    expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts/); // A4 portrait first page
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const perPage = text.split('\f');
    expect(perPage[0]).toContain('Due diligence: five positions');
    expect(perPage[0]).toContain('Executive summary');
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // Every page carries the running header.
    for (const page of perPage.filter((p) => p.trim())) expect(page).toContain('positions as of 2024-12-31');
    // The matrix page: headings and names whole, never split across lines.
    const matrixPage = perPage.find((p) => p.includes('Summary matrix'))!;
    for (const word of ['Applicability', 'Knowledge', 'Denmark', 'United Kingdom']) expect(matrixPage).toContain(word);
    expect(matrixPage).not.toMatch(/Applica\s*\n|Denmar\s*\n/);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
