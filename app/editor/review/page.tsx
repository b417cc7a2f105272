import type { Metadata } from 'next';
import { ProposalTable } from '@/components/editor/proposal-table';
import { listProposals } from '@/db/write';
import type { Proposal } from '@/db/schema';
import { requireDeskUser } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Review queue' };

function Proposals({ caption, rows }: { caption: string; rows: Proposal[] }) {
  return rows.length === 0 ? <p className="muted">{caption}: none.</p> : <ProposalTable caption={caption} rows={rows} columns={['author', 'reason']} />;
}

export default async function ReviewQueuePage() {
  await requireDeskUser('/editor/review');
  const pending = listProposals({ status: 'pending' });
  const recent = listProposals({ limit: 30 }).filter((p) => p.status !== 'pending');
  return (
    <>
      <h1>Review queue</h1>
      <p className="lede">Oldest first. Open a proposal to see it before and after, then approve (which publishes it) or reject it, with a reason.</p>
      <Proposals caption={`${pending.length} waiting for review`} rows={pending} />
      <h2>Recently reviewed</h2>
      <Proposals caption="Latest decisions" rows={recent} />
    </>
  );
}
