/**
 * What a file is, from its bytes — never from its name or the type a browser claims. PDF, DOCX, HTML and plain text
 * are accepted; anything else is refused with a message saying what it looks like and what to attach instead.
 */
import { decodeText, TextDecodingError } from './decode-text';
import { formatBytes, type SourceLimits } from './limits';
import { SourceFileError } from './source-file-error';
import type { SourceKind } from './vocabulary';
import { listZipEntries, ZipBoundExceeded, type ZipEntryInfo } from './zip-guard';
import { zipBombError } from './zip-bomb-error';

export type DetectedSource = { kind: 'pdf' } | { kind: 'docx'; entries: ZipEntryInfo[] } | { kind: 'html' | 'text'; text: string; encoding: string };

const ATTACH = 'Attach the document as PDF, Word (.docx), HTML or plain text.';

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

/** Binary formats people attach by mistake, with what to do about each. */
const OTHER_FORMATS: { test: (b: Uint8Array) => boolean; what: string; advice: string }[] = [
  {
    test: (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    what: 'an Office 97–2003 file (.doc, .xls, .ppt) or a password-protected Word document',
    advice: 'Open it in Word or LibreOffice and save it as .docx or PDF, without a password, then attach that.',
  },
  ...[
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
    ['a JPEG image', [0xff, 0xd8, 0xff]],
    ['a GIF image', ascii('GIF8')],
    ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
    ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ].map(([what, sig]) => ({
    test: (b: Uint8Array) => startsWith(b, sig as number[]),
    what: what as string,
    advice: 'An image has no text to quote. If it is a scan, run text recognition (OCR) and attach the PDF it produces.',
  })),
  { test: (b) => startsWith(b, ascii('{\\rtf')), what: 'an RTF document', advice: 'Save it as .docx or PDF and attach that.' },
  {
    test: (b) => startsWith(b, [0x1f, 0x8b]) || startsWith(b, ascii('7z')) || startsWith(b, ascii('Rar!')),
    what: 'a compressed archive',
    advice: 'Unpack it and attach the document itself.',
  },
  { test: (b) => startsWith(b, [0x7f, 0x45, 0x4c, 0x46]) || startsWith(b, ascii('MZ')), what: 'a program', advice: ATTACH },
];

/** The HTML signatures of the WHATWG MIME sniffing standard, tested after leading whitespace. */
const HTML_START = /^\s*(?:<!doctype html|<html|<head|<script|<iframe|<h1|<div|<font|<table|<a|<style|<title|<b|<body|<br|<p|<!--)[\s>]/i;

function pdfHeaderAt(b: Uint8Array): boolean {
  // Readers accept the header anywhere in the first 1,024 bytes.
  const limit = Math.min(b.length - 5, 1024);
  for (let i = 0; i <= limit; i++) if (b[i] === 0x25 && startsWith(b, ascii('%PDF-'), i)) return true;
  return false;
}

function detectZip(bytes: Uint8Array, fileName: string, limits: SourceLimits): DetectedSource {
  let entries: ZipEntryInfo[] | null;
  try {
    entries = listZipEntries(bytes, limits.docx);
  } catch (e) {
    if (e instanceof ZipBoundExceeded) throw zipBombError(fileName, e, limits);
    throw e;
  }
  if (!entries) {
    throw new SourceFileError(
      'corrupt',
      fileName,
      'is a damaged ZIP archive (its table of contents cannot be read).',
      'Download or save the document again and attach the new copy.',
    );
  }
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml')) return { kind: 'docx', entries };
  const what = names.has('xl/workbook.xml')
    ? 'an Excel workbook (.xlsx)'
    : names.has('ppt/presentation.xml')
      ? 'a PowerPoint presentation (.pptx)'
      : names.has('content.xml')
        ? 'an OpenDocument file (.odt, .ods or .odp)'
        : 'a ZIP archive that is not a Word document';
  throw new SourceFileError(
    'wrong_type',
    fileName,
    `is ${what}, not a PDF, Word (.docx), HTML or text file.`,
    'Save the document as .docx or PDF and attach that.',
  );
}

/** The refusal of a file over the size limit (also used before reading a file from disk). */
export function tooLargeError(fileName: string, size: number, limits: SourceLimits): SourceFileError {
  return new SourceFileError(
    'too_large',
    fileName,
    `is ${formatBytes(size)}; the limit is ${formatBytes(limits.maxBytes)} (setting SOURCE_MAX_MB).`,
    'Attach a smaller file: save the PDF again with reduced image quality (the text is what counts) or split the document.',
  );
}

/** Classifies `bytes`; throws SourceFileError for an empty, too large, unknown, undecodable or bomb-like file. */
export function detectSource(bytes: Uint8Array, fileName: string, limits: SourceLimits): DetectedSource {
  if (bytes.length === 0) throw new SourceFileError('empty', fileName, 'is empty (0 bytes).', 'Attach the file again: the copy may have failed.');
  if (bytes.length > limits.maxBytes) throw tooLargeError(fileName, bytes.length, limits);
  if (pdfHeaderAt(bytes)) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return detectZip(bytes, fileName, limits);
  const other = OTHER_FORMATS.find((f) => f.test(bytes));
  if (other) throw new SourceFileError('wrong_type', fileName, `is ${other.what}, not a PDF, Word (.docx), HTML or text file.`, other.advice);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) {
    throw new SourceFileError('wrong_type', fileName, 'holds binary data that is not a PDF, Word (.docx), HTML or text file.', ATTACH);
  }
  return detectText(bytes, fileName);
}

function detectText(bytes: Uint8Array, fileName: string): DetectedSource {
  // The signatures are ASCII, so a lenient look at the start decides the kind; the strict decoding follows.
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'latin1';
  const peek = new TextDecoder(encoding).decode(bytes.subarray(0, 8192)).replace(/^\u00ef\u00bb\u00bf|^\ufeff/, '');
  const html = HTML_START.test(peek) || (/^\s*<\?xml/i.test(peek) && /<html[\s>]/i.test(peek));
  if (!html && /^\s*<(?:\?xml|svg)/i.test(peek)) {
    throw new SourceFileError('wrong_type', fileName, 'is an XML or SVG file, not a PDF, Word (.docx), HTML or text file.', ATTACH);
  }
  try {
    return { kind: html ? 'html' : 'text', ...decodeText(bytes, { html }) };
  } catch (e) {
    if (!(e instanceof TextDecodingError)) throw e;
    throw new SourceFileError(
      'bad_encoding',
      fileName,
      `is ${e.message}, so it cannot be read as text.`,
      'Save it as UTF-8 text (or as PDF) and attach it again.',
    );
  }
}

export type { SourceKind };
