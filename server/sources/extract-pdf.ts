/**
 * Text of a PDF, page by page, with Mozilla's pdf.js (pdfjs-dist, legacy build: the one that runs in Node 20 without
 * a browser or a canvas). Nothing is rendered and no script in the PDF runs (isEvalSupported: false). A password, a
 * damaged file or a page count beyond the limit is refused with a SourceFileError.
 */
import 'server-only';
import { type SourceLimits } from '@/lib/sources/limits';
import { SourceFileError } from '@/lib/sources/source-file-error';
import type { ExtractedSource, SourceUnit } from '@/lib/sources/text-units';

type TextItem = { str: string; hasEOL: boolean; transform: number[] };

/** One page's text: pdf.js items in content order, a line break where pdf.js marks one or the baseline moves. */
function pageText(items: readonly unknown[]): string {
  let text = '';
  let lastY: number | null = null;
  for (const raw of items) {
    if (typeof raw !== 'object' || raw === null || !('str' in raw)) continue; // marked-content markers
    const item = raw as TextItem;
    const y = item.transform[5] ?? null;
    if (lastY !== null && y !== null && Math.abs(y - lastY) > 1 && text !== '' && !text.endsWith('\n')) text += '\n';
    text += item.str;
    if (item.hasEOL) text += '\n';
    lastY = y;
  }
  return text.replace(/[^\S\n]+\n/g, '\n').trim();
}

export async function extractPdf(bytes: Uint8Array, fileName: string, limits: SourceLimits): Promise<ExtractedSource> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay intact.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    throw pdfError(e, fileName);
  }
  try {
    if (doc.numPages > limits.maxUnits) {
      throw new SourceFileError(
        'too_large',
        fileName,
        `has ${doc.numPages.toLocaleString('en')} pages; the limit is ${limits.maxUnits.toLocaleString('en')}.`,
        'Attach the part of the document that holds the position (e.g. the chapter on international law).',
      );
    }
    const labels = await doc.getPageLabels().catch(() => null);
    const units: SourceUnit[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const label = labels?.[n - 1] ?? null;
      units.push({ seq: n, label: label && label !== String(n) ? label : null, firstParagraph: null, text: pageText(content.items) });
      page.cleanup();
    }
    return {
      kind: 'pdf',
      unitKind: 'page',
      units,
      pagesWithoutText: units.filter((u) => !/[\p{L}\p{N}]/u.test(u.text)).map((u) => u.seq),
      extractor: `pdfjs-dist ${pdfjs.version}`,
    };
  } catch (e) {
    throw e instanceof SourceFileError ? e : pdfError(e, fileName);
  } finally {
    await doc.destroy();
  }
}

function pdfError(e: unknown, fileName: string): SourceFileError {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') {
    return new SourceFileError(
      'encrypted',
      fileName,
      'is protected by a password, so its text cannot be read.',
      'Attach an unprotected copy: download it again from the publisher, or open it with the password and save it without one.',
    );
  }
  const why = e instanceof Error && e.message ? ` (${e.message.replace(/\.$/, '')})` : '';
  return new SourceFileError(
    'corrupt',
    fileName,
    `is a damaged PDF that cannot be read${why}.`,
    'Download it again from the original address, or open it in a PDF reader and save a new copy, then attach that.',
  );
}
