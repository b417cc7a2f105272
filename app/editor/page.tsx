import Link from 'next/link';
import { ProposalTable } from '@/components/editor/proposal-table';
import { listProposals } from '@/db/write';
import { requireDeskUser } from '@/server/auth/session';
import { roleAtLeast } from '@/lib/auth/roles';

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
      {mine.length === 0 ? <p className="muted">None yet.</p> : <ProposalTable rows={mine} columns={['review']} />}
    </>
  );
}
