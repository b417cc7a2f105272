/**
 * Text of a Word document (DOCX) with mammoth, which turns Word's styles into plain HTML headings and paragraphs;
 * htmlparser2 then reads that HTML into blocks. The archive is unpacked under the bounds of lib/sources/zip-guard.ts
 * first, so a ZIP bomb is refused before it can expand; images are never read and external files never opened.
 */
import 'server-only';
import { htmlTextBlocks } from '@/lib/sources/html-text';
import type { SourceLimits } from '@/lib/sources/limits';
import { SourceFileError } from '@/lib/sources/source-file-error';
import { sectionsFromBlocks, type ExtractedSource } from '@/lib/sources/text-units';
import { zipBombError } from '@/lib/sources/zip-bomb-error';
import { repackBounded, ZipBoundExceeded } from '@/lib/sources/zip-guard';

export async function extractDocx(bytes: Uint8Array, fileName: string, limits: SourceLimits): Promise<ExtractedSource> {
  let repacked: Uint8Array;
  try {
    repacked = repackBounded(bytes, limits.docx);
  } catch (e) {
    if (e instanceof ZipBoundExceeded) throw zipBombError(fileName, e, limits);
    throw corrupt(fileName, e);
  }
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(repacked) },
      { externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (e) {
    throw corrupt(fileName, e);
  }
  return {
    kind: 'docx',
    unitKind: 'section',
    units: sectionsFromBlocks(htmlTextBlocks(html), limits.sectionChars),
    pagesWithoutText: [],
    extractor: 'mammoth + htmlparser2',
  };
}

function corrupt(fileName: string, e: unknown): SourceFileError {
  const why = e instanceof Error && e.message ? ` (${e.message.split('\n')[0]!.replace(/\.$/, '').slice(0, 200)})` : '';
  return new SourceFileError(
    'corrupt',
    fileName,
    `is a damaged Word document that cannot be read${why}.`,
    'Open it in Word or LibreOffice and save it again (or as PDF), then attach that copy.',
  );
}
