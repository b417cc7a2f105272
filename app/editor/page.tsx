import Link from 'next/link';
import { ProposalStatus, proposalKindLabel, proposalTitle } from '@/components/editor/proposal-status';
import { listProposals } from '@/db/write';
import { requireDeskUser } from '@/server/auth/session';
import { roleAtLeast } from '@/lib/auth/roles';
import { reviewHref } from '@/lib/url/hrefs';

export default async function DeskHome() {
  const user = await requireDeskUser('/editor');
  const mine = listProposals({ authorUserId: user.id, limit: 50 });
  const pending = listProposals({ status: 'pending' });
  return (
    <>
      <h1>Editorial desk</h1>
      <p className="lede">
        Propose a new document or a correction; a reviewer other than you approves it, and it is published at once, with the reason, in the public history and
        in <Link href="/changes">Changes</Link>.
      </p>
      <ul>
        <li>
          <Link href="/editor/propose/document">Propose a new document</Link> (for a State or organisation we track, or a new one)
        </li>
        <li>
          <Link href="/editor/verify">Verification queue</Link>: what most needs a person with the document in hand
        </li>
        <li>
          <Link href="/editor/review">Review queue</Link>: {pending.length} proposal{pending.length === 1 ? '' : 's'} waiting
          {roleAtLeast(user.role, 'reviewer') ? '' : ' (reviewers approve or reject them)'}
        </li>
      </ul>
      <h2>Your proposals</h2>
      {mine.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Proposal</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={reviewHref(p.id)}>
                    #{p.id} {proposalTitle(p)}
                  </Link>
                </td>
                <td>{proposalKindLabel(p.kind)}</td>
                <td>
                  <ProposalStatus status={p.status} />
                </td>
                <td>{p.reviewReason ? `${p.reviewerLabel}: ${p.reviewReason}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
