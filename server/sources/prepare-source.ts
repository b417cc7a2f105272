/**
 * A file → a source ready to store: its kind from its bytes, its text per page or section, and every refusal of
 * item 7 (empty, too large, wrong type, password, damaged, no text layer, ZIP bomb, web page with scripts, bad
 * encoding) as a SourceFileError naming the file, the problem and what to do. The desk and `npm run source:add`
 * both call this before the write layer stores anything, so they apply the same checks.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { detectSource } from '@/lib/sources/detect';
import { findActiveContent, htmlTextBlocks } from '@/lib/sources/html-text';
import { sourceLimits, type SourceLimits } from '@/lib/sources/limits';
import { SourceFileError } from '@/lib/sources/source-file-error';
import { cleanUnitText, countTextChars, plainTextBlocks, sectionsFromBlocks, type ExtractedSource } from '@/lib/sources/text-units';
import { SOURCE_MEDIA_TYPES } from '@/lib/sources/vocabulary';
import { extractDocx } from './extract-docx';
import { extractPdf } from './extract-pdf';

export type PreparedSource = {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  mediaType: string;
  extracted: ExtractedSource;
};

/** The file name as stored and offered for download: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'source').slice(0, 200);
}

export async function prepareSource(bytes: Uint8Array, fileName: string, limits: SourceLimits = sourceLimits(process.env)): Promise<PreparedSource> {
  const name = cleanFileName(fileName);
  const detected = detectSource(bytes, name, limits);
  let extracted: ExtractedSource;
  if (detected.kind === 'pdf') extracted = await extractPdf(bytes, name, limits);
  else if (detected.kind === 'docx') extracted = await extractDocx(bytes, name, limits);
  else if (detected.kind === 'html') {
    const active = findActiveContent(detected.text);
    if (active) {
      throw new SourceFileError(
        'active_content',
        name,
        `is a web page with ${active.what} on line ${active.line}; stored pages must not be able to run code.`,
        'Save the page as PDF (print to PDF) or as plain text, or remove the scripts, and attach that.',
      );
    }
    extracted = {
      kind: 'html',
      unitKind: 'section',
      units: sectionsFromBlocks(htmlTextBlocks(detected.text), limits.sectionChars),
      pagesWithoutText: [],
      extractor: 'htmlparser2',
    };
  } else {
    extracted = {
      kind: 'text',
      unitKind: 'section',
      units: sectionsFromBlocks(plainTextBlocks(detected.text), limits.sectionChars),
      pagesWithoutText: [],
      extractor: 'plain text',
    };
  }
  extracted = { ...extracted, units: extracted.units.map((u) => ({ ...u, text: cleanUnitText(u.text) })) };
  checkText(extracted, name, limits);
  return { fileName: name, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), mediaType: SOURCE_MEDIA_TYPES[extracted.kind], extracted };
}

function checkText(x: ExtractedSource, name: string, limits: SourceLimits): void {
  if (countTextChars(x.units) < limits.minTextChars) {
    const pages = x.units.length;
    throw x.kind === 'pdf'
      ? new SourceFileError(
          'no_text',
          name,
          `has no text layer on any of its ${pages.toLocaleString('en')} page${pages === 1 ? '' : 's'}: it looks like a scan (images of pages).`,
          'Run text recognition (OCR), e.g. `ocrmypdf in.pdf out.pdf` or your scanner’s “searchable PDF” option, and attach the result.',
        )
      : new SourceFileError('no_text', name, 'holds no text (an empty document, or only images).', 'Attach the document that holds the text of the position.');
  }
  if (x.units.length > limits.maxUnits) {
    throw new SourceFileError(
      'too_large',
      name,
      `has ${x.units.length.toLocaleString('en')} sections; the limit is ${limits.maxUnits.toLocaleString('en')}.`,
      'Attach the part of the document that holds the position.',
    );
  }
  const chars = x.units.reduce((n, u) => n + u.text.length, 0);
  if (chars > limits.maxTextChars) {
    throw new SourceFileError(
      'too_large',
      name,
      `holds ${chars.toLocaleString('en')} characters of text; the limit is ${limits.maxTextChars.toLocaleString('en')}.`,
      'Attach the part of the document that holds the position.',
    );
  }
}
