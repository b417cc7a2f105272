import type { Proposal } from '@/db/schema';

const KIND_LABELS: Record<Proposal['kind'], string> = {
  new_document: 'New document',
  coding: 'New coding',
  correction: 'Correction',
  withdrawal: 'Withdrawal',
};
const STATUS_LABELS: Record<Proposal['status'], string> = { pending: 'Waiting for review', rejected: 'Rejected', published: 'Published' };

export const proposalKindLabel = (k: Proposal['kind']) => KIND_LABELS[k];

/** Status in words (never colour alone). */
export function ProposalStatus({ status }: { status: Proposal['status'] }) {
  return <span className={`tag status-${status}`}>{STATUS_LABELS[status]}</span>;
}

/** A one-line description of what a proposal asks for, from its payload. */
export function proposalTitle(p: Pick<Proposal, 'kind' | 'payload'>): string {
  const payload = p.payload as { document?: { title?: string }; actorSlug?: string; codingId?: number; documentSlug?: string; dimension?: string };
  if (p.kind === 'new_document') return `${payload.document?.title ?? 'Untitled'} (${payload.actorSlug ?? '?'})`;
  if (p.kind === 'coding') return `Coding of ${payload.dimension ?? '?'} in ${payload.documentSlug ?? '?'} (${payload.actorSlug ?? '?'})`;
  return `${KIND_LABELS[p.kind]} of coding #${payload.codingId ?? '?'}`;
}
