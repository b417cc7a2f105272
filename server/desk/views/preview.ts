import 'server-only';
import { readView } from '@/db/client';
import { getActorBySlug } from '@/db/queries/actors';
import { getProposal } from '@/db/queries/desk';
import { getCodingForDesk, type CodingForDesk } from '@/db/queries/desk-codings';
import { listDocumentKeys } from '@/db/queries/desk-documents';
import { findDuplicates, type DuplicateMatch } from '@/lib/desk/duplicates';
import { listActorEvidence } from '@/db/queries/positions';
import { changedDimensions, previewRows, type MatrixRow } from '@/lib/desk/preview-row';
import { rowChangeOf } from '@/lib/desk/row-change';
import type { DimensionKey } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import type { ProposalPayload } from '@/lib/editorial/payloads';
import { readQuoteChecks, type ProposalQuoteChecks } from '@/server/sources/quote-checks';

/** Everything a preview (a form's "Preview", a proposal's page) shows besides the payload itself. Serialisable. */
export type ProposalPreview = {
  payload: ProposalPayload;
  actor: { slug: string; name: string; tracked: boolean };
  /** The actor's row today and after publishing (the as-of rule over all its documents); null if there is no row to show. */
  rows: { before: MatrixRow; after: MatrixRow; changed: DimensionKey[]; asOf: string } | null;
  /** The coding a correction or withdrawal supersedes. */
  target: CodingForDesk | null;
  /** Documents we already track that a proposed document matches (before it is published; empty otherwise). */
  duplicates: DuplicateMatch[];
  /** The quotes checked against the stored source of the document (null when it has none): issue 21. */
  quotes: ProposalQuoteChecks;
};

/** Tracked documents a new-document proposal may repeat (lib/desk/duplicates.ts). Call inside a read snapshot. */
export async function readDuplicates(payload: ProposalPayload): Promise<DuplicateMatch[]> {
  if (payload.kind !== 'new_document') return [];
  const actorSlugs = [payload.actorSlug, ...payload.coAuthors];
  const { title, date, url, archiveUrl } = payload.document;
  return findDuplicates({ title, date, url, archiveUrl, actorSlugs }, await listDocumentKeys(actorSlugs));
}

const actorOfPayload = (p: ProposalPayload, target: CodingForDesk | null) =>
  p.kind === 'new_document' || p.kind === 'coding' ? p.actorSlug : (target?.actor.slug ?? null);

/**
 * Reads what a preview needs for a validated payload. Call inside a read snapshot (a desk loader or action).
 * `checkDuplicates: false` once a proposal is decided: published, it would match itself.
 */
export async function readPreview(payload: ProposalPayload, { checkDuplicates = true, asOf = todayIso() } = {}): Promise<ProposalPreview> {
  const target = payload.kind === 'correction' || payload.kind === 'withdrawal' ? await getCodingForDesk(payload.codingId) : null;
  const slug = actorOfPayload(payload, target);
  const actor = slug ? await getActorBySlug(slug) : null;
  const fallbackName = payload.kind === 'new_document' ? (payload.newActor?.name ?? payload.actorSlug) : (slug ?? 'Unknown actor');
  const evidence = actor ? ((await listActorEvidence([actor.id]))[0] ?? null) : null;
  const change = rowChangeOf(payload, target);
  const rows = change ? previewRows(evidence ?? { documents: [], codings: [] }, change, asOf) : null;
  return {
    payload,
    actor: { slug: slug ?? '', name: actor?.name ?? fallbackName, tracked: actor !== null },
    rows: rows ? { ...rows, changed: changedDimensions(rows), asOf } : null,
    target,
    duplicates: checkDuplicates ? await readDuplicates(payload) : [],
    quotes: await readQuoteChecks(payload, target?.document.slug ?? null),
  };
}

/** A form's preview (from a server action): the reads of `readPreview` in one snapshot of their own. */
export const loadPreview = (payload: ProposalPayload) => readView(() => readPreview(payload));

/** For the review action: the documents a pending proposal matches, read in a snapshot of their own. */
export const loadProposalDuplicates = (proposalId: number) =>
  readView(async () => {
    const row = await getProposal(proposalId);
    return row?.status === 'pending' ? readDuplicates(row.payload) : [];
  });
