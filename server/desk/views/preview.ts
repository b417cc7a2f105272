import 'server-only';
import { readView } from '@/db/client';
import { getActorBySlug } from '@/db/queries/actors';
import { getCodingForDesk, listActorNames, type CodingForDesk } from '@/db/queries/desk-codings';
import type { DocumentWithCodings } from '@/db/queries/documents';
import { listActorEvidence } from '@/db/queries/positions';
import { documentChanges, type FieldChange } from '@/lib/desk/document-correction';
import type { DuplicateMatch } from '@/lib/desk/duplicates';
import { changedDimensions, previewRows, type MatrixRow } from '@/lib/desk/preview-row';
import { rowChangeOf } from '@/lib/desk/row-change';
import type { DimensionKey } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import type { ProposalPayload } from '@/lib/editorial/payloads';
import { readQuoteChecks, type ProposalQuoteChecks } from '@/server/sources/quote-checks';
import { readDocumentOfActor } from './document-record';
import { readDuplicates } from './duplicates';

/** Everything a preview (a form's "Preview", a proposal's page) shows besides the payload itself. Serialisable. */
export type ProposalPreview = {
  payload: ProposalPayload;
  actor: { slug: string; name: string; tracked: boolean };
  /** The actor's row today and after publishing (the as-of rule over all its documents); null if there is no row to show. */
  rows: { before: MatrixRow; after: MatrixRow; changed: DimensionKey[]; asOf: string } | null;
  /** The coding a correction or withdrawal supersedes. */
  target: CodingForDesk | null;
  /** A document's correction or withdrawal: the document as published now, and what the correction changes. */
  document: { current: DocumentWithCodings; changes: FieldChange[] } | null;
  /** Documents we already track that a proposed document matches (before it is published; empty otherwise). */
  duplicates: DuplicateMatch[];
  /** The quotes checked against the stored source of the document (null when it has none): issue 21. */
  quotes: ProposalQuoteChecks;
};

const actorOfPayload = (p: ProposalPayload, target: CodingForDesk | null) =>
  p.kind === 'new_document' || p.kind === 'coding' || p.kind === 'document_correction' || p.kind === 'document_withdrawal'
    ? p.actorSlug
    : (target?.actor.slug ?? null);

const isDocumentChange = (p: ProposalPayload) => p.kind === 'document_correction' || p.kind === 'document_withdrawal';

async function readDocumentChange(p: ProposalPayload): Promise<ProposalPreview['document']> {
  if (p.kind !== 'document_correction' && p.kind !== 'document_withdrawal') return null;
  const found = await readDocumentOfActor(p.documentSlug, p.actorSlug);
  if (!found) return null;
  if (p.kind === 'document_withdrawal') return { current: found.document, changes: [] };
  const names = await listActorNames(p.authors ?? []);
  return { current: found.document, changes: documentChanges(found.record, p, (s) => names.get(s) ?? s) };
}

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
    document: isDocumentChange(payload) ? await readDocumentChange(payload) : null,
    duplicates: checkDuplicates ? await readDuplicates(payload) : [],
    quotes: await readQuoteChecks(payload, target?.document.slug ?? null),
  };
}

/** A form's preview (from a server action): the reads of `readPreview` in one snapshot of their own. */
export const loadPreview = (payload: ProposalPayload) => readView(() => readPreview(payload));
