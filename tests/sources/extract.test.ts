/**
 * Text extraction of every accepted kind, from files made in the test: our small PDF writer, a Word document from
 * the docx package, the same document printed to PDF by LibreOffice (real embedded fonts), HTML and plain text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { checkQuote } from '@/lib/sources/quote-match';
import { prepareSource } from '@/server/sources/prepare-source';
import { html, makeDocx, makePdf, utf8 } from '../helpers/source-files';

describe('prepareSource', () => {
  it('reads a PDF page by page, keeping typographic quotes, and finds a hyphenated quote on its page', async () => {
    const p = await prepareSource(
      makePdf([
        ['Ministry of Foreign Affairs', 'Position paper'],
        ['The State \u201cshould have known\u201d \u2014 constructive knowledge is an obliga-', 'tion of conduct.'],
      ]),
      'paper.pdf',
    );
    expect(p).toMatchObject({ mediaType: 'application/pdf', extracted: { kind: 'pdf', unitKind: 'page', pagesWithoutText: [] } });
    expect(p.extracted.units.map((u) => u.seq)).toEqual([1, 2]);
    expect(p.extracted.units[1]!.text).toContain('\u201cshould have known\u201d');
    expect(p.extracted.extractor).toMatch(/^pdfjs-dist \d+\.\d+/);
    const m = checkQuote(p.extracted.units, '"should have known" - constructive knowledge is an obligation of conduct');
    expect(m).toMatchObject({ status: 'found', seq: 2 });
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lists PDF pages without text (a scanned annex) and still accepts the file', async () => {
    const pdf = makePdf([['Due diligence is binding on every State, says the paper.'], []]);
    const p = await prepareSource(pdf, 'mixed.pdf');
    expect(p.extracted.pagesWithoutText).toEqual([2]);
  });

  it('reads a Word document into sections by heading, numbering paragraphs across the document', async () => {
    const p = await prepareSource(
      await makeDocx([
        { heading: 'Introduction', paragraphs: ['First paragraph.', 'Second paragraph.'] },
        { heading: 'Due diligence', paragraphs: ['A State must not knowingly allow its territory to be used.'] },
      ]),
      'paper.docx',
    );
    expect(p.extracted).toMatchObject({ kind: 'docx', unitKind: 'section' });
    expect(p.extracted.units).toEqual([
      { seq: 1, label: 'Introduction', firstParagraph: 1, text: 'Introduction\n\nFirst paragraph.\n\nSecond paragraph.' },
      { seq: 2, label: 'Due diligence', firstParagraph: 4, text: 'Due diligence\n\nA State must not knowingly allow its territory to be used.' },
    ]);
  });

  it('reads HTML as plain text: no styles, entities decoded, headings start sections', async () => {
    const p = await prepareSource(
      html('<h1>Statement</h1><p>Due&nbsp;diligence &amp; <b>capacity</b>.</p><style>p{color:red}</style><h2>Annex</h2><p>Text</p>'),
      'x.html',
    );
    expect(p.mediaType).toBe('text/html');
    expect(p.extracted.units.map((u) => [u.label, u.text])).toEqual([
      ['Statement', 'Statement\n\nDue diligence & capacity.'],
      ['Annex', 'Annex\n\nText'],
    ]);
  });

  it('reads plain text (a UTF-8 byte-order mark is not text) and cuts long runs of paragraphs into sections', async () => {
    const para = 'Due diligence applies. '.repeat(40).trim();
    const p = await prepareSource(utf8(`\ufeff${Array.from({ length: 12 }, () => para).join('\n\n')}`), 'long.txt');
    expect(p.extracted.kind).toBe('text');
    expect(p.extracted.units.length).toBeGreaterThan(1);
    expect(p.extracted.units[0]!.text.startsWith('Due diligence')).toBe(true);
    expect(p.extracted.units.map((u) => u.firstParagraph)).toEqual(p.extracted.units.map((_, i) => i * p.extracted.units[0]!.text.split('\n\n').length + 1));
  });

  it('reads a PDF printed by LibreOffice (embedded fonts) with the known text on its known page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lo-pdf-'));
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'National position', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Page one speaks of sovereignty.'),
            new Paragraph({ text: 'The Kingdom considers that a State must take feasible measures within its capacity.', pageBreakBefore: true }),
          ],
        },
      ],
    });
    writeFileSync(join(dir, 'paper.docx'), await Packer.toBuffer(doc));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'paper.docx')], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    const p = await prepareSource(new Uint8Array(readFileSync(join(dir, 'paper.pdf'))), 'paper.pdf');
    expect(p.extracted.units).toHaveLength(2);
    expect(checkQuote(p.extracted.units, 'a State must take feasible measures within its capacity')).toMatchObject({ status: 'found', seq: 2 });
  }, 180_000);
});
