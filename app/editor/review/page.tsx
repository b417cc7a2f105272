import type { Metadata } from 'next';
import Link from 'next/link';
import { ProposalStatus, proposalKindLabel, proposalTitle } from '@/components/editor/proposal-status';
import { listProposals } from '@/db/write';
import type { Proposal } from '@/db/schema';
import { requireDeskUser } from '@/server/auth/session';
import { reviewHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Review queue' };

function ProposalTable({ caption, rows }: { caption: string; rows: Proposal[] }) {
  if (rows.length === 0) return <p className="muted">{caption}: none.</p>;
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Proposal</th>
          <th scope="col">Kind</th>
          <th scope="col">By</th>
          <th scope="col">Reason</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.id}>
            <td>
              <Link href={reviewHref(p.id)}>
                #{p.id} {proposalTitle(p)}
              </Link>
            </td>
            <td>{proposalKindLabel(p.kind)}</td>
            <td>{p.authorLabel}</td>
            <td>{p.reason}</td>
            <td>
              <ProposalStatus status={p.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function ReviewQueuePage() {
  await requireDeskUser('/editor/review');
  const pending = listProposals({ status: 'pending' });
  const recent = listProposals({ limit: 30 }).filter((p) => p.status !== 'pending');
  return (
    <>
      <h1>Review queue</h1>
      <p className="lede">Oldest first. Open a proposal to see it before and after, then approve (which publishes it) or reject it, with a reason.</p>
      <ProposalTable caption={`${pending.length} waiting for review`} rows={pending} />
      <h2>Recently reviewed</h2>
      <ProposalTable caption="Latest decisions" rows={recent} />
    </>
  );
}
