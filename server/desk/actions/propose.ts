'use server';
/**
 * The proposal forms' server actions: each is the one desk action (server/desk/action.ts) given its form's mapper
 * and payload schema. "Preview" validates and shows the result with nothing stored; "Submit for review" stores the
 * proposal through the write layer, which checks the role and validates again.
 */
import type { z } from 'zod';
import { createProposal } from '@/db/write';
import { codingFormToPayload, correctionFormToPayload, withdrawalFormToPayload } from '@/lib/desk/coding-form';
import { documentCorrectionFormToPayload, documentWithdrawalFormToPayload } from '@/lib/desk/document-correction';
import { documentFormToPayload, MAX_PASSAGE_SLOTS, slotCount } from '@/lib/desk/document-form';
import type { FieldSource } from '@/lib/desk/field-source';
import type { DeskForm } from '@/lib/desk/fields';
import type { FieldErrors } from '@/lib/desk/form-state';
import { errorsFromIssues, type Placement } from '@/lib/desk/issues';
import {
  codingPayloadSchema,
  correctionPayloadSchema,
  documentCorrectionPayloadSchema,
  documentWithdrawalPayloadSchema,
  newDocumentPayloadSchema,
  withdrawalPayloadSchema,
} from '@/lib/editorial/payloads';
import { reviewHref } from '@/lib/url/hrefs';
import { sourceDetailsFromForm, sourcePlacement, type SourceDetails } from '@/lib/desk/source-form';
import { deskAction } from '../action';
import { preparedUpload, proposedSource } from '../source-upload';
import { loadPreview, type ProposalPreview } from '../views/preview';

type ToPayload = (f: FieldSource) => { payload: unknown; place?: Placement };

/** A new document's optional file: when one is chosen, its details are checked with the form and the file on submit. */
function fileDetails(f: FieldSource, takesFile: boolean): { details: SourceDetails | null; errors: FieldErrors } {
  if (!takesFile || !f.file('file')) return { details: null, errors: {} };
  const read = sourceDetailsFromForm(f);
  return read.ok ? { details: read.details, errors: {} } : { details: null, errors: read.errors };
}

const placeBoth =
  (place: Placement | undefined): Placement =>
  (path) =>
    place?.(path) ?? sourcePlacement(path);

function proposal<S extends z.ZodType>(
  form: DeskForm,
  toPayload: ToPayload,
  schema: S,
  intents?: Record<string, (v: Record<string, string>) => Record<string, string>>,
  takesFile = false,
) {
  return deskAction({
    form,
    role: 'editor',
    refused: 'Only an editor, reviewer or admin may propose changes.',
    intents,
    read: (f) => {
      const { payload, place: own } = toPayload(f);
      const place = takesFile ? placeBoth(own) : own;
      const parsed = schema.safeParse(payload);
      const reason = f.get('reason') ?? '';
      // Told with the other problems at once (the write layer checks it again); a preview needs no reason.
      const noReason: FieldErrors = f.get('intent') !== 'preview' && reason.trim() === '' ? { reason: ['Give a reason.'] } : {};
      const file = fileDetails(f, takesFile);
      if (!parsed.success) return { ok: false, errors: { ...errorsFromIssues(parsed.error.issues), ...file.errors, ...noReason }, place };
      if (noReason.reason || Object.keys(file.errors).length) return { ok: false, errors: { ...file.errors, ...noReason }, place };
      return { ok: true, input: { payload: parsed.data as z.output<S>, reason, source: file.details }, place };
    },
    preview: (input): Promise<ProposalPreview> => loadPreview(input.payload as ProposalPreview['payload']),
    write: async (input, { who, form }) => {
      // A chosen file is read and checked only on submit (a preview stores nothing, and the file is chosen again).
      if (!input.source) return createProposal({ by: who, why: input.reason }, input.payload).id;
      const file = await preparedUpload(form);
      const payload = { ...(input.payload as object), source: proposedSource(input.source, file) };
      return createProposal({ by: who, why: input.reason }, payload, file).id;
    },
    after: (id) => ({ redirect: reviewHref(id, { created: '1' }) }),
  });
}

/** "More passage slots": the form comes back with two more empty slots (no JavaScript needed). */
const morePassageSlots = (values: Record<string, string>) => ({
  ...values,
  passageSlots: String(Math.min(slotCount(values.passageSlots) + 2, MAX_PASSAGE_SLOTS)),
});

export const proposeDocumentAction = proposal('document', documentFormToPayload, newDocumentPayloadSchema, { more: morePassageSlots }, true);
export const proposeCodingAction = proposal('coding', (f) => ({ payload: codingFormToPayload(f) }), codingPayloadSchema);
export const proposeCorrectionAction = proposal('correction', (f) => ({ payload: correctionFormToPayload(f) }), correctionPayloadSchema);
export const proposeWithdrawalAction = proposal('withdrawal', (f) => ({ payload: withdrawalFormToPayload(f) }), withdrawalPayloadSchema);
export const proposeDocumentCorrectionAction = proposal(
  'document-correction',
  (f) => ({ payload: documentCorrectionFormToPayload(f) }),
  documentCorrectionPayloadSchema,
);
export const proposeDocumentWithdrawalAction = proposal(
  'document-withdrawal',
  (f) => ({ payload: documentWithdrawalFormToPayload(f) }),
  documentWithdrawalPayloadSchema,
);
