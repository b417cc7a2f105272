'use server';
import { redirect } from 'next/navigation';
import { ConflictError, ForbiddenError, NotFoundError, reviewProposal, ValidationError } from '@/db/write';
import { formValues, type FormState } from '@/lib/auth/form-state';
import { currentDeskUser } from '@/server/auth/session';
import { whoOf } from '@/server/auth/who';
import { reviewHref } from '@/lib/url/hrefs';

/** Approve (publishes at once, in one transaction) or reject, with a reason. The write layer checks the role and
 *  that the reviewer is not the author. */
export async function reviewAction(prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const rev = (prev.rev ?? 0) + 1;
  const keep = { reason: values.reason ?? '' };
  const id = Number(values.proposalId);
  const decision = values.decision === 'approve' ? 'approve' : values.decision === 'reject' ? 'reject' : null;
  if (!decision) return { rev, values: keep, errors: {}, message: 'Choose approve or reject.' };
  const who = whoOf(await currentDeskUser());
  if (!who) return { rev, values: keep, errors: {}, message: 'Your session has ended. Sign in again.' };
  try {
    reviewProposal(who, values.reason ?? '', id, decision);
  } catch (e) {
    if (e instanceof ValidationError) return { rev, values: keep, errors: e.fieldErrors };
    if (e instanceof ForbiddenError || e instanceof ConflictError || e instanceof NotFoundError) return { rev, values: keep, errors: {}, message: e.message };
    throw e;
  }
  redirect(reviewHref(id, { reviewed: decision }));
}
