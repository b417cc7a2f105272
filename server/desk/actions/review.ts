'use server';
import { reviewCheckingQuotes, ValidationError } from '@/db/write';
import { reviewHref } from '@/lib/url/hrefs';
import { deskAction, type ReadResult } from '../action';
import { loadProposalDuplicates } from '../views/duplicates';

const DECISIONS = ['approve', 'reject'] as const;
type Decision = (typeof DECISIONS)[number];

/**
 * Approve (publishes at once, in one transaction) or reject, with a reason. The write layer checks the role again and
 * that the reviewer is not the author (unless single-person review is on).
 */
export const reviewAction = deskAction({
  form: 'review',
  role: 'reviewer',
  refused: 'Only a reviewer or an admin can approve or reject proposals.',
  read: (f): ReadResult<{ id: number; decision: Decision; reason: string; notDuplicate: boolean; override: { reason: string } | null }> => {
    const raw = f.get('proposalId') ?? '';
    const decision = f.get('decision');
    if (!/^\d{1,12}$/.test(raw)) return { ok: false, errors: { proposalId: ['This proposal no longer exists: open it again from the review queue.'] } };
    if (!DECISIONS.includes(decision as Decision)) return { ok: false, errors: { decision: ['Choose “Approve and publish” or “Reject”.'] } };
    return {
      ok: true,
      input: {
        id: Number(raw),
        decision: decision as Decision,
        reason: f.get('reason') ?? '',
        notDuplicate: f.get('confirmNotDuplicate') === 'yes',
        // A quote not found in the stored source is published only on this override (checked in the write layer).
        override: f.get('overrideQuotes') === 'yes' ? { reason: f.get('overrideReason') ?? '' } : null,
      },
    };
  },
  write: async (input, { who }) => {
    // A document that matches one we track is published only when the reviewer says it is a different one.
    if (input.decision === 'approve' && !input.notDuplicate && (await loadProposalDuplicates(input.id)).length > 0) {
      throw new ValidationError({
        confirmNotDuplicate: ['Compare it with the documents flagged above; approve only if it is a different document (or reject it as a duplicate).'],
      });
    }
    reviewCheckingQuotes({ by: who, why: input.reason }, { id: input.id, decision: input.decision, override: input.override });
    return input;
  },
  after: (r) => ({ redirect: reviewHref(r.id, { reviewed: r.decision }) }),
});
