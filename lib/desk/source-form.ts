/**
 * The source-file fields of a desk form ("Attach the source file" of a tracked document, and the optional file of a
 * new document): what the editor says about the file — where and when it was obtained, and whether it may be offered
 * for download — read into the shape `lib/sources/attach-input.ts` validates. The file itself is read and checked on
 * the server (server/desk/source-upload.ts). Pure.
 */
import { sourceMetadataSchema } from '@/lib/sources/attach-input';
import { orNull, type FieldSource } from './field-source';
import type { FieldErrors } from './form-state';
import { errorsFromIssues, type Placement } from './issues';

/** "Offer the file for download?": the default for the document's issuer, or the editor's choice with its reason. */
export const REDISTRIBUTION_CHOICES = [
  { value: 'default', label: 'As usual for its issuer (yes for official government and UN documents)' },
  { value: 'allowed', label: 'Yes: offer the stored file for download' },
  { value: 'not_allowed', label: 'No: show its text only' },
] as const;

export type SourceDetails = { originalUrl: string | null; obtainedOn: string; redistribution: { allowed: boolean; reason: string } | null };

/** The fields as the details of a source, and what is wrong with them (paths of the form's fields). */
export function sourceDetailsFromForm(f: FieldSource): { ok: true; details: SourceDetails } | { ok: false; errors: FieldErrors } {
  const choice = f.get('source.redistribution') ?? 'default';
  const parsed = sourceMetadataSchema.safeParse({
    originalUrl: orNull(f.get('source.originalUrl')),
    obtainedOn: f.get('source.obtainedOn') ?? '',
    redistribution:
      choice === 'allowed' || choice === 'not_allowed' ? { allowed: choice === 'allowed', reason: f.get('source.redistributionReason') ?? '' } : null,
  });
  if (parsed.success) return { ok: true, details: parsed.data };
  const errors: FieldErrors = {};
  for (const [path, messages] of Object.entries(errorsFromIssues(parsed.error.issues))) (errors[sourceField(`source.${path}`)] ??= []).push(...messages);
  return { ok: false, errors };
}

/** A payload path of a proposed source → the form field that shows it. */
function sourceField(path: string): string {
  if (path === 'source.redistribution.reason' || path === 'source.redistribution') return 'source.redistributionReason';
  if (/^source\.file(\.|$)/.test(path) || ['mediaType', 'text', 'fileName'].includes(path)) return 'file';
  return path;
}

/** Places the write layer's errors about a proposed source (its details, and the file's checks) on the form's fields. */
export const sourcePlacement: Placement = (path) => {
  const field = sourceField(path);
  return field === path ? null : { field };
};
