import type { Metadata } from 'next';
import { ProposalTable } from '@/components/desk/proposal-table';
import { loadReviewQueue } from '@/server/desk/views/review-queue';

export const metadata: Metadata = { title: 'Review queue' };

export default async function ReviewQueuePage() {
  const { pending, decided } = await loadReviewQueue();
  return (
    <>
      <h1>Review queue</h1>
      <p className="lede">Oldest first. Open a proposal to see it before and after, then approve (which publishes it) or reject it, with a reason.</p>
      {pending.length === 0 ? (
        <p className="muted">Nothing is waiting for review.</p>
      ) : (
        <ProposalTable caption={`${pending.length} waiting for review`} rows={pending} columns={['author', 'reason']} />
      )}
      <h2>Recently reviewed</h2>
      {decided.length === 0 ? (
        <p className="muted">No decision yet.</p>
      ) : (
        <ProposalTable caption="Latest decisions" rows={decided} columns={['author', 'review']} />
      )}
    </>
  );
}
