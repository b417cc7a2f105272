import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProposalPreviewView } from '@/components/desk/preview/proposal-preview';
import { ProposalFacts } from '@/components/desk/review/proposal-facts';
import { ProposedSourceSection } from '@/components/desk/review/proposed-source';
import { PublishedRecord } from '@/components/desk/review/published-record';
import { ReviewForm } from '@/components/desk/review-form';
import styles from '@/components/desk/desk.module.css';
import { unverifiedQuotes } from '@/lib/sources/verify-quotes';
import { deskReviewQueueHref } from '@/lib/url/hrefs';
import type { SearchParams } from '@/lib/url/search-params';
import { reviewAction } from '@/server/desk/actions/review';
import { loadProposalPage } from '@/server/desk/views/proposal';

export const metadata: Metadata = { title: 'Proposal' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function ProposalPage({ params, searchParams }: Props) {
  const view = await loadProposalPage((await params).id);
  if (!view.found) notFound();
  const { proposal, title, preview, published, own, mayReview, proposedSource } = view;
  const sp = await searchParams;
  return (
    <>
      <p>
        <Link href={deskReviewQueueHref()}>← Review queue</Link>
      </p>
      <h1>
        Proposal #{proposal.id}: {title}
      </h1>
      {sp.created === '1' && (
        <p className={styles.done} role="status">
          Proposal submitted. A reviewer other than you will approve or reject it.
        </p>
      )}
      {sp.reviewed === 'approve' && proposal.status === 'published' && (
        <p className={styles.done} role="status">
          Approved and published: the public pages show it now.
        </p>
      )}
      {sp.reviewed === 'reject' && proposal.status === 'rejected' && (
        <p className={styles.done} role="status">
          Rejected.
        </p>
      )}
      <ProposalFacts proposal={proposal} />
      {published && (
        <PublishedRecord
          codings={published.codings}
          revisions={published.revisions}
          publishedAt={proposal.reviewedAt}
          where={published.documentSlug ? { actorSlug: preview.actor.slug, actorName: preview.actor.name, documentSlug: published.documentSlug } : null}
        />
      )}
      {/* Once a document's correction or withdrawal is published, what it changed is above; a preview would compare it
          with the record it made. */}
      {!published?.revisions.length && <ProposalPreviewView preview={preview} stage={proposal.status} />}
      {proposedSource && <ProposedSourceSection details={proposedSource.details} text={proposedSource.text} />}
      {proposal.status === 'pending' && (
        <section aria-labelledby="review-h">
          <h2 id="review-h">Review</h2>
          {mayReview ? (
            <ReviewForm
              action={reviewAction}
              proposalId={proposal.id}
              duplicates={preview.duplicates.length}
              unverifiedQuotes={preview.quotes ? unverifiedQuotes(preview.quotes.checks).length : 0}
            />
          ) : (
            <p className="notice">
              {own ? 'You wrote this proposal: someone else must review it.' : 'Only a reviewer or an admin can approve or reject proposals.'}
            </p>
          )}
        </section>
      )}
    </>
  );
}
