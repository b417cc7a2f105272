/**
 * What attaching a source takes besides the file: shared by `npm run source:add`, the desk's form and the write
 * layer, which validates it again. Pure (zod only).
 */
import { z } from 'zod';
import { parseIsoDay } from '@/lib/domain/dates';
import { httpUrl, textField } from '@/lib/domain/limits';
import type { ExtractedSource } from './text-units';

export const sourceMetadataSchema = z
  .object({
    originalUrl: httpUrl().nullable(),
    obtainedOn: z
      .string()
      .trim()
      .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parseIsoDay(s) === s, 'must be a real day written YYYY-MM-DD'),
    /** null: the default for the document's issuer (lib/sources/redistribution.ts). */
    redistribution: z.object({ allowed: z.boolean(), reason: textField('title') }).nullable(),
  })
  .strict();

export type SourceMetadata = z.infer<typeof sourceMetadataSchema>;

/** A file that passed the checks of server/sources/prepare-source.ts, with its extracted text. */
export type SourceFileInput = { fileName: string; bytes: Uint8Array; mediaType: string; extracted: ExtractedSource };
