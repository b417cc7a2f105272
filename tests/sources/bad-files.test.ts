/**
 * Every kind of bad file of issue 21 item 7, made in the test and attached through `npm run source:add`'s own code:
 * refused with a message naming the file, the problem and what to do, and the database unchanged (every table's
 * row count, the FTS index's shadow tables included).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runSourceAdd } from '@/scripts/source-add';
import { SOURCE_LIMITS } from '@/lib/sources/limits';
import { html, lyingZipBombDocx, makeDocx, makePdf, manyEntryDocx, utf8, zipBombDocx } from '../helpers/source-files';
import { fileTableCounts, sourceTestDbFile, STATE_DOC } from './helpers';

let dbPath: string;
const dir = mkdtempSync(join(tmpdir(), 'bad-sources-'));
const MB = 1024 * 1024;
const page = ['Ruritania considers that due diligence is a binding obligation of every State.'];

beforeAll(() => {
  dbPath = sourceTestDbFile();
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.SOURCE_MAX_MB;
});

async function attach(name: string, bytes: Uint8Array): Promise<{ code: number; stderr: string }> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
  vi.spyOn(console, 'log').mockImplementation(() => {});
  const code = await runSourceAdd([STATE_DOC, path], dbPath);
  return { code, stderr: errors.join('\n') };
}

type Case = { kind: string; name: string; bytes: () => Uint8Array | Promise<Uint8Array>; says: RegExp; advice: RegExp };

const cases: Case[] = [
  { kind: 'empty', name: 'empty.pdf', bytes: () => new Uint8Array(), says: /is empty \(0 bytes\)/, advice: /Attach the file again/ },
  {
    kind: 'too large',
    name: 'huge.pdf',
    bytes: () => new Uint8Array(SOURCE_LIMITS.defaultMaxBytes + 1),
    says: /is 25 MB; the limit is 25 MB \(setting SOURCE_MAX_MB\)/,
    advice: /reduced image quality/,
  },
  {
    kind: 'wrong type: an image named .pdf',
    name: 'photo.pdf',
    bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    says: /is a PNG image, not a PDF/,
    advice: /OCR/,
  },
  {
    kind: 'wrong type: Word 97',
    name: 'old.docx',
    bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    says: /Office 97–2003 file/,
    advice: /save it as \.docx or PDF/,
  },
  {
    kind: 'wrong type: binary',
    name: 'data.txt',
    bytes: () => new Uint8Array([1, 2, 0, 3, 4, 0, 5]),
    says: /binary data/,
    advice: /Attach the document as PDF/,
  },
  { kind: 'encrypted PDF', name: 'locked.pdf', bytes: () => makePdf([page], { encrypted: true }), says: /protected by a password/, advice: /unprotected copy/ },
  { kind: 'corrupt PDF', name: 'broken.pdf', bytes: () => makePdf([page, page]).slice(0, 300), says: /damaged PDF/, advice: /Download it again/ },
  {
    kind: 'corrupt DOCX',
    name: 'broken.docx',
    bytes: async () => {
      const good = await makeDocx([{ paragraphs: ['Some words'] }]);
      return good.slice(0, good.length - 40); // the table of contents is cut off
    },
    says: /damaged/,
    advice: /save .* again|Download or save the document again/,
  },
  {
    kind: 'no text layer',
    name: 'scan.pdf',
    bytes: () => makePdf([[], [], []], { noTextLayer: true }),
    says: /no text layer on any of its 3 pages/,
    advice: /OCR/,
  },
  {
    kind: 'ZIP bomb (declared size)',
    name: 'bomb.docx',
    bytes: () => zipBombDocx(SOURCE_LIMITS.docx.maxUnpackedBytes + MB),
    says: /would expand to 101 MB \(the limit is 100 MB\)/,
    advice: /save it again/,
  },
  {
    kind: 'ZIP bomb (lying about its size)',
    name: 'liar.docx',
    bytes: () => lyingZipBombDocx(SOURCE_LIMITS.docx.maxUnpackedBytes + MB, 2_000),
    says: /expands past 100 MB although its table of contents claims less/,
    advice: /save it again/,
  },
  {
    kind: 'ZIP bomb (entry count)',
    name: 'many.docx',
    bytes: () => manyEntryDocx(SOURCE_LIMITS.docx.maxEntries + 5),
    says: /holds more than 2,000 files inside/,
    advice: /save it again/,
  },
  {
    kind: 'HTML with a script',
    name: 'page.html',
    bytes: () => html('<p>Due diligence applies.</p>\n<script>fetch("/x")</script>'),
    says: /a <script> element on line 5/,
    advice: /print to PDF/,
  },
  {
    kind: 'HTML with an event handler',
    name: 'onload.html',
    bytes: () => html('<p onclick="steal()">Due diligence.</p>'),
    says: /event handler \(onclick= on <p>\)/,
    advice: /remove the scripts/,
  },
  {
    kind: 'HTML with a javascript: link',
    name: 'link.htm',
    bytes: () => html('<p><a href=" java\tscript:alert(1)">Due diligence</a> applies.</p>'),
    says: /a script link \(href= on <a>\)/,
    advice: /remove the scripts/,
  },
  {
    kind: 'not UTF-8',
    name: 'latin1.txt',
    bytes: () => new Uint8Array([...utf8('Diligence raisonnable: '), 0xe9, 0x74, 0xe9]),
    says: /not valid UTF-8 \(first bad byte at position 23\)/,
    advice: /Save it as UTF-8/,
  },
];

describe('npm run source:add refuses every kind of bad file and stores nothing', () => {
  it.each(cases)('$kind', async (c) => {
    const before = fileTableCounts(dbPath);
    const { code, stderr } = await attach(c.name, await c.bytes());
    expect(code).toBe(1);
    expect(stderr).toContain(`Refused: ${c.name}: `);
    expect(stderr).toMatch(c.says);
    expect(stderr).toMatch(c.advice);
    expect(stderr).toContain('Nothing was stored.');
    expect(fileTableCounts(dbPath)).toEqual(before);
  });

  it('takes the size limit from SOURCE_MAX_MB, and refuses a bad value of the setting by name', async () => {
    const before = fileTableCounts(dbPath);
    process.env.SOURCE_MAX_MB = '1';
    const pdf = makePdf(Array.from({ length: 400 }, () => Array.from({ length: 40 }, () => page[0]!)));
    expect(pdf.length).toBeGreaterThan(MB);
    const refused = await attach('long.pdf', pdf);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/the limit is 1 MB \(setting SOURCE_MAX_MB\)/);
    process.env.SOURCE_MAX_MB = 'lots';
    const misconfigured = await attach('long.pdf', pdf);
    expect(misconfigured.code).toBe(2);
    expect(misconfigured.stderr).toMatch(/SOURCE_MAX_MB must be a whole number of megabytes from 1 to 200 \(got "lots"\)/);
    expect(fileTableCounts(dbPath)).toEqual(before);
  });

  it('a good file after all that is stored (the refusals left nothing in the way)', async () => {
    const before = fileTableCounts(dbPath);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const { code } = await attach('good.pdf', makePdf([page]));
    expect(code).toBe(0);
    const after = fileTableCounts(dbPath);
    expect(after.sources).toBe(before.sources! + 1);
    expect(after.source_files).toBe(before.source_files! + 1);
    expect(after.source_texts).toBe(before.source_texts! + 1);
  });
});
