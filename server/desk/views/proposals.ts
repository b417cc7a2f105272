import 'server-only';
import { listActorNames, listCodingLabels, listDocumentLabels } from '@/db/queries/desk-codings';
import type { ProposalRow } from '@/db/queries/desk';
import { namesNeeded, proposalTitle, type ProposalNames } from '@/lib/desk/proposal-title';

export type ProposalItem = Pick<ProposalRow, 'id' | 'kind' | 'status' | 'authorLabel' | 'reason' | 'reviewerLabel' | 'reviewReason' | 'createdAt'> & {
  title: string;
};

/** The names proposals refer to (actors, documents, codings), read in one query each. Call inside a desk loader. */
export async function namesFor(rows: readonly ProposalRow[]): Promise<ProposalNames> {
  const need = namesNeeded(rows.map((r) => r.payload));
  const [actors, documents, codings] = await Promise.all([listActorNames(need.actors), listDocumentLabels(need.documents), listCodingLabels(need.codings)]);
  return { actor: (s) => actors.get(s), document: (s) => documents.get(s), coding: (id) => codings.get(id) };
}

/** Proposals as the desk lists them: named by what they change. */
export async function describeProposals(rows: readonly ProposalRow[]): Promise<ProposalItem[]> {
  const names = await namesFor(rows);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    authorLabel: r.authorLabel,
    reason: r.reason,
    reviewerLabel: r.reviewerLabel,
    reviewReason: r.reviewReason,
    createdAt: r.createdAt,
    title: proposalTitle(r.payload, names),
  }));
}
