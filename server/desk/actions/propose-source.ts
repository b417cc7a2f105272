'use server';
/**
 * "Attach the source file" of a tracked document: a proposal like every other change. The session and role are checked
 * first (server/desk/action.ts), then the file is read and checked as the command line checks it, and the write layer
 * checks it again and keeps it with the proposal until a reviewer decides.
 */
import { createProposal } from '@/db/write';
import type { FieldErrors } from '@/lib/desk/form-state';
import { sourceDetailsFromForm, sourcePlacement, type SourceDetails } from '@/lib/desk/source-form';
import { reviewHref } from '@/lib/url/hrefs';
import { deskAction } from '../action';
import { CHOOSE_FILE, preparedUpload, proposedSource } from '../source-upload';

type Input = { documentSlug: string; details: SourceDetails; reason: string };

export const proposeSourceAction = deskAction({
  form: 'source',
  role: 'editor',
  refused: 'Only an editor, reviewer or admin may propose changes.',
  read: (f) => {
    const details = sourceDetailsFromForm(f);
    const reason = f.get('reason') ?? '';
    const errors: FieldErrors = {
      ...(details.ok ? {} : details.errors),
      ...(f.file('file') ? {} : { file: [CHOOSE_FILE] }),
      ...(reason.trim() === '' ? { reason: ['Give a reason.'] } : {}),
    };
    if (!details.ok || Object.keys(errors).length > 0) return { ok: false, errors, place: sourcePlacement };
    return { ok: true, input: { documentSlug: f.get('documentSlug') ?? '', details: details.details, reason } as Input, place: sourcePlacement };
  },
  write: async (input, { who, form }) => {
    const file = await preparedUpload(form);
    const payload = { kind: 'attach_source', documentSlug: input.documentSlug, source: proposedSource(input.details, file) };
    return createProposal({ by: who, why: input.reason }, payload, file).id;
  },
  after: (id) => ({ redirect: reviewHref(id, { created: '1' }) }),
});
