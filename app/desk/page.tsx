import Link from 'next/link';
import { ProposalTable } from '@/components/desk/proposal-table';
import { changesHref, deskReviewQueueHref, deskVerifyHref, proposeDocumentHref } from '@/lib/url/hrefs';
import { loadDeskHome } from '@/server/desk/views/home';

export default async function DeskHome() {
  const { mine, pendingCount, canReview } = await loadDeskHome();
  return (
    <>
      <h1>Editorial desk</h1>
      <p className="lede">
        Propose a new document, code a tracked one, or correct what we published; a reviewer other than you approves it, and it is published at once, with the
        reason, in the public history and in <Link href={changesHref()}>Changes</Link>.
      </p>
      <ul>
        <li>
          <Link href={proposeDocumentHref()}>Propose a new document</Link> (for a State or organisation we track, or a new one)
        </li>
        <li>
          <Link href={deskVerifyHref()}>Verification queue</Link>: what most needs a person with the document in hand, and tracked documents to code
        </li>
        <li>
          <Link href={deskReviewQueueHref()}>Review queue</Link>: {pendingCount} proposal{pendingCount === 1 ? '' : 's'} waiting
          {canReview ? '' : ' (reviewers approve or reject them)'}
        </li>
      </ul>
      <h2>Your proposals</h2>
      {mine.length === 0 ? <p className="muted">None yet.</p> : <ProposalTable caption="Your latest proposals" rows={mine} columns={['review']} />}
    </>
  );
}
