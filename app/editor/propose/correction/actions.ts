'use server';
import { redirect } from 'next/navigation';
import { createProposal, ForbiddenError, ValidationError } from '@/db/write';
import type { FormState } from '@/lib/auth/form-state';
import { codingFormToPayload, correctionFormToPayload, withdrawalFormToPayload } from '@/lib/desk/correction-form';
import { fieldSource, keptValues } from '@/lib/desk/document-form';
import { currentDeskUser } from '@/server/auth/session';
import { whoOf } from '@/server/auth/who';
import { reviewHref } from '@/lib/url/hrefs';

async function propose(prev: FormState, form: FormData, toPayload: typeof correctionFormToPayload): Promise<FormState> {
  const f = fieldSource(form);
  const values = keptValues(f, form);
  const rev = (prev.rev ?? 0) + 1;
  const who = whoOf(await currentDeskUser());
  if (!who) return { rev, values, errors: {}, message: 'Your session has ended. Sign in again, then submit this form again.' };
  let id: number;
  try {
    id = createProposal(who, f.get('reason') ?? '', toPayload(f)).id;
  } catch (e) {
    if (e instanceof ValidationError) return { rev, values, errors: e.fieldErrors };
    if (e instanceof ForbiddenError) return { rev, values, errors: {}, message: e.message };
    throw e;
  }
  redirect(reviewHref(id, { created: '1' }));
}

export async function proposeCorrectionAction(prev: FormState, form: FormData): Promise<FormState> {
  return propose(prev, form, correctionFormToPayload);
}

export async function proposeWithdrawalAction(prev: FormState, form: FormData): Promise<FormState> {
  return propose(prev, form, withdrawalFormToPayload);
}

export async function proposeCodingAction(prev: FormState, form: FormData): Promise<FormState> {
  return propose(prev, form, codingFormToPayload);
}
