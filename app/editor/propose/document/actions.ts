'use server';
import { redirect } from 'next/navigation';
import { createProposal, ForbiddenError, ValidationError } from '@/db/write';
import { actorBySlug } from '@/server/desk/reads';
import { MAX_PASSAGE_SLOTS, documentFormToPayload, errorsForForm, fieldSource, keptValues, passageSlots } from '@/lib/desk/document-form';
import type { DocumentFormState } from '@/lib/desk/propose-state';
import { fieldErrorsOf } from '@/db/write/errors';
import { newDocumentPayloadSchema } from '@/lib/editorial/payloads';
import { currentDeskUser } from '@/server/auth/session';
import { whoOf } from '@/server/auth/who';
import { reviewHref } from '@/lib/url/hrefs';

async function actorName(slug: string, fallback: string): Promise<string> {
  return (await actorBySlug(slug))?.name ?? fallback;
}

/**
 * One action, three buttons: "More passage slots", "Preview" (validates, shows how it will look, stores nothing)
 * and "Submit for review" (the write layer checks the role, validates again and stores the proposal).
 */
export async function proposeDocumentAction(prev: DocumentFormState, form: FormData): Promise<DocumentFormState> {
  const rev = (prev.rev ?? 0) + 1;
  const f = fieldSource(form);
  const values = keptValues(f, form);
  const slots = passageSlots(f);
  const intent = f.get('intent');
  if (intent === 'more') return { rev, values, errors: {}, slots: Math.min(slots + 2, MAX_PASSAGE_SLOTS) };

  const who = whoOf(await currentDeskUser());
  if (!who) return { rev, values, errors: {}, slots, message: 'Your session has ended. Sign in again in another tab, then submit this form again.' };
  const { payload, passageSlotOf } = documentFormToPayload(f);
  const reason = f.get('reason') ?? '';

  if (intent === 'preview') {
    const parsed = newDocumentPayloadSchema.safeParse(payload);
    if (!parsed.success) return { rev, values, slots, errors: errorsForForm(fieldErrorsOf(parsed.error.issues), passageSlotOf) };
    const name = parsed.data.newActor?.name ?? (await actorName(parsed.data.actorSlug, parsed.data.actorSlug));
    return { rev, values, slots, errors: {}, preview: parsed.data, previewActorName: name };
  }

  let id: number;
  try {
    id = createProposal(who, reason, payload).id;
  } catch (e) {
    if (e instanceof ValidationError) return { rev, values, slots, errors: errorsForForm(e.fieldErrors, passageSlotOf) };
    if (e instanceof ForbiddenError) return { rev, values, slots, errors: {}, message: e.message };
    throw e;
  }
  redirect(reviewHref(id, { created: '1' }));
}
