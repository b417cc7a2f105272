import 'server-only';
import { readView } from '@/db/client';
import { getProposal } from '@/db/queries/desk';
import { listDocumentKeys } from '@/db/queries/desk-documents';
import { findDuplicates, type DuplicateMatch } from '@/lib/desk/duplicates';
import type { ProposalPayload } from '@/lib/editorial/payloads';

/** Tracked documents a new-document proposal may repeat (lib/desk/duplicates.ts). Call inside a read snapshot. */
export async function readDuplicates(payload: ProposalPayload): Promise<DuplicateMatch[]> {
  if (payload.kind !== 'new_document') return [];
  const actorSlugs = [payload.actorSlug, ...payload.coAuthors];
  const { title, date, url, archiveUrl } = payload.document;
  return findDuplicates({ title, date, url, archiveUrl, actorSlugs }, await listDocumentKeys(actorSlugs));
}

/** For the review action: the documents a pending proposal matches, read in a snapshot of their own. */
export const loadProposalDuplicates = (proposalId: number) =>
  readView(async () => {
    const row = await getProposal(proposalId);
    return row?.status === 'pending' ? readDuplicates(row.payload) : [];
  });
