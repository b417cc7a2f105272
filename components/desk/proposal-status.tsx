import type { Proposal } from '@/db/schema';
import { PROPOSAL_STATUS_LABELS } from '@/lib/desk/proposal-title';

/** Status in words (never colour alone). */
export function ProposalStatus({ status }: { status: Proposal['status'] }) {
  return <span className={`tag status-${status}`}>{PROPOSAL_STATUS_LABELS[status]}</span>;
}
