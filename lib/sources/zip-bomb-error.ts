import { formatBytes, type SourceLimits } from './limits';
import { SourceFileError } from './source-file-error';
import type { ZipBoundExceeded } from './zip-guard';

/** The refusal of a DOCX that would expand beyond the bounds of a real document. */
export function zipBombError(fileName: string, e: ZipBoundExceeded, limits: SourceLimits): SourceFileError {
  const detail =
    e.bound === 'entries'
      ? `holds more than ${limits.docx.maxEntries.toLocaleString('en')} files inside (a Word document has a few dozen)`
      : e.bound === 'declared_bytes'
        ? `would expand to ${formatBytes(e.amount)} (the limit is ${formatBytes(limits.docx.maxUnpackedBytes)})`
        : `expands past ${formatBytes(limits.docx.maxUnpackedBytes)} although its table of contents claims less`;
  return new SourceFileError(
    'zip_bomb',
    fileName,
    `${detail}: a real Word document is far smaller, so it was not opened.`,
    'Open it in Word or LibreOffice, save it again (or as PDF) and attach that copy.',
  );
}
