import 'server-only';
import { ValidationError } from '@/db/write';
import type { FieldSource } from '@/lib/desk/field-source';
import type { SourceDetails } from '@/lib/desk/source-form';
import type { ProposedSource } from '@/lib/editorial/payloads';
import { tooLargeError } from '@/lib/sources/detect';
import { sourceLimits } from '@/lib/sources/limits';
import { SourceFileError } from '@/lib/sources/source-file-error';
import { cleanFileName, prepareSource, type PreparedSource } from '@/server/sources/prepare-source';

/** “scan.pdf” is a PNG image, not a PDF … — what is wrong and what to do (the form capitalises a first letter). */
const refusal = (e: SourceFileError) => `“${e.fileName}” ${e.detail} ${e.advice} Nothing was stored.`;

export const CHOOSE_FILE = 'Choose the source file (PDF, DOCX, HTML or text).';

/**
 * The file a desk form sent, read and checked exactly as `npm run source:add` checks a file (prepare-source.ts): a
 * refusal (too large, wrong type, encrypted, damaged, a scan, a ZIP bomb, a web page with scripts …) is an error on
 * the form's file field naming the problem and what to do; nothing is stored. An oversized file is refused before it
 * is read.
 */
export async function preparedUpload(form: FieldSource): Promise<PreparedSource> {
  const file = form.file('file');
  if (!file) throw new ValidationError({ file: [CHOOSE_FILE] });
  const limits = sourceLimits(process.env);
  const name = cleanFileName(file.name);
  if (file.size > limits.maxBytes) throw new ValidationError({ file: [refusal(tooLargeError(name, file.size, limits))] });
  try {
    return await prepareSource(new Uint8Array(await file.arrayBuffer()), name, limits);
  } catch (e) {
    if (e instanceof SourceFileError) throw new ValidationError({ file: [refusal(e)] });
    throw e;
  }
}

/** A proposed source: the editor's details and the server's reading of the file (bound to it by its SHA-256). */
export function proposedSource(details: SourceDetails, file: PreparedSource): ProposedSource {
  const x = file.extracted;
  return {
    ...details,
    file: {
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.bytes.length,
      sha256: file.sha256,
      kind: x.kind,
      unitKind: x.unitKind,
      unitCount: x.units.length,
    },
  };
}
