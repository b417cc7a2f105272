import type { ProposalRow } from '@/db/queries/desk';
import { PROPOSAL_KIND_LABELS } from '@/lib/desk/proposal-title';
import { ProposalStatus } from '../proposal-status';

const when = (iso: string) => <time dateTime={iso}>{iso.slice(0, 16).replace('T', ' ')} UTC</time>;

/** Who proposed what, why and when; who reviewed it, when and why. */
export function ProposalFacts({ proposal }: { proposal: ProposalRow }) {
  return (
    <dl className="facts">
      <dt>Kind</dt>
      <dd>{PROPOSAL_KIND_LABELS[proposal.kind]}</dd>
      <dt>Status</dt>
      <dd>
        <ProposalStatus status={proposal.status} />
      </dd>
      <dt>Proposed by</dt>
      <dd>
        {proposal.authorLabel}, {when(proposal.createdAt)}
      </dd>
      <dt>Reason</dt>
      <dd>{proposal.reason}</dd>
      {proposal.reviewedAt && (
        <>
          <dt>{proposal.status === 'published' ? 'Approved and published by' : 'Reviewed by'}</dt>
          <dd>
            {proposal.reviewerLabel}, {when(proposal.reviewedAt)}: {proposal.reviewReason}
          </dd>
        </>
      )}
    </dl>
  );
}
