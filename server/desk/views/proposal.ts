import 'server-only';
import { getProposal, isSelfReviewAllowed } from '@/db/queries/desk';
import { getCodingForDesk, type CodingForDesk } from '@/db/queries/desk-codings';
import { listRevisionsOfProposal } from '@/db/queries/document-revisions';
import { proposalTitle } from '@/lib/desk/proposal-title';
import { roleAtLeast } from '@/lib/desk/roles';
import { reviewHref } from '@/lib/url/hrefs';
import { proposedSourceOf } from '@/lib/editorial/payloads';
import { readProposedSource } from '@/server/sources/proposed-source';
import { deskView } from './load';
import { readPreview } from './preview';
import { namesFor } from './proposals';

/** What publishing created, as the write layer recorded it on the proposal (read defensively: it is stored JSON). */
function publishedCodingIds(result: unknown): number[] {
  const ids = (result as { codingIds?: unknown } | null)?.codingIds;
  return Array.isArray(ids) ? ids.filter((n): n is number => Number.isSafeInteger(n)) : [];
}
function publishedDocumentSlug(result: unknown): string | null {
  const slug = (result as { documentSlug?: unknown } | null)?.documentSlug;
  return typeof slug === 'string' ? slug : null;
}

/** One proposal's page: what it asks for (before and after), its review, and once published what it created. */
export const loadProposalPage = (rawId: string) =>
  deskView(reviewHref(rawId), async (user) => {
    const row = /^\d{1,12}$/.test(rawId) ? await getProposal(Number(rawId)) : null;
    if (!row) return { found: false as const };
    const [names, selfReview, preview] = await Promise.all([
      namesFor([row]),
      isSelfReviewAllowed(),
      readPreview(row.payload, { checkDuplicates: row.status === 'pending' }),
    ]);
    const created = (await Promise.all(publishedCodingIds(row.result).map((id) => getCodingForDesk(id)))).filter((c): c is CodingForDesk => c !== null);
    // A published correction or withdrawal of a document: what it changed, as recorded then (the preview would compare
    // the proposal with the record it already made, and find nothing to change).
    const revisions = row.status === 'published' && row.payload.kind.startsWith('document_') ? await listRevisionsOfProposal(row.id) : [];
    const own = row.authorUserId !== null && row.authorUserId === user.id;
    const source = proposedSourceOf(row.payload);
    const sourceFor = row.payload.kind === 'attach_source' ? row.payload.documentSlug : (publishedDocumentSlug(row.result) ?? '');
    return {
      found: true as const,
      proposal: row,
      title: proposalTitle(row.payload, names),
      preview,
      published: row.status === 'published' ? { documentSlug: publishedDocumentSlug(row.result), codings: created, revisions } : null,
      own,
      mayReview: roleAtLeast(user.role, 'reviewer') && (!own || selfReview),
      /** The source file it brings: its details as proposed, and its text for the reading view. */
      proposedSource: source ? { details: source, text: await readProposedSource(row.id, sourceFor) } : null,
    };
  });
