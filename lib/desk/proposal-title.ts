/**
 * A proposal named by what it changes — "Correction of Applicability for Iceland in “…” (March 2026)" — never by an
 * internal id. The loader looks up the names (actors, documents, codings); this only words them. Pure.
 */
import type { Proposal } from '@/db/schema';
import { DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import type { ProposalPayload } from '@/lib/editorial/payloads';

export const PROPOSAL_KIND_LABELS: Record<ProposalPayload['kind'], string> = {
  new_document: 'New document',
  coding: 'New coding',
  correction: 'Correction',
  withdrawal: 'Withdrawal',
  attach_source: 'Source file',
  document_correction: 'Correction of a document',
  document_withdrawal: 'Withdrawal of a document',
};

export const PROPOSAL_STATUS_LABELS: Record<Proposal['status'], string> = { pending: 'Waiting for review', rejected: 'Rejected', published: 'Published' };

export type CodingLabel = { dimension: DimensionKey; actorName: string; documentTitle: string; documentDate: string };

export type ProposalNames = {
  actor: (slug: string) => string | undefined;
  document: (slug: string) => { title: string; date: string } | undefined;
  coding: (id: number) => CodingLabel | undefined;
};

const inDocument = (title: string, date: string) => `“${title}” (${formatPartialDate(date)})`;

export function proposalTitle(p: ProposalPayload, names: ProposalNames): string {
  switch (p.kind) {
    case 'document_correction':
    case 'document_withdrawal': {
      const doc = names.document(p.documentSlug);
      const what = p.kind === 'document_correction' ? 'Correction' : 'Withdrawal';
      return `${what} of the document ${doc ? inDocument(doc.title, doc.date) : p.documentSlug}, ${names.actor(p.actorSlug) ?? p.actorSlug}`;
    }
    case 'new_document':
      return `New document: ${inDocument(p.document.title, p.document.date)}, ${p.newActor?.name ?? names.actor(p.actorSlug) ?? p.actorSlug}`;
    case 'coding': {
      const doc = names.document(p.documentSlug);
      const actor = names.actor(p.actorSlug) ?? p.actorSlug;
      return `Coding of ${DIMENSION_LABELS[p.dimension]} for ${actor} in ${doc ? inDocument(doc.title, doc.date) : `document ${p.documentSlug}`}`;
    }
    case 'attach_source': {
      const doc = names.document(p.documentSlug);
      return `Source file ${p.source.file.fileName} for ${doc ? inDocument(doc.title, doc.date) : `document ${p.documentSlug}`}`;
    }
    case 'correction':
    case 'withdrawal': {
      const c = names.coding(p.codingId);
      const what = p.kind === 'correction' ? 'Correction' : 'Withdrawal';
      if (!c) return `${what} of a coding that no longer exists`;
      return `${what} of ${DIMENSION_LABELS[c.dimension]} for ${c.actorName} in ${inDocument(c.documentTitle, c.documentDate)}`;
    }
  }
}

/** The names a set of payloads needs, so a loader can read them in one query each. */
export function namesNeeded(payloads: readonly ProposalPayload[]): { actors: string[]; documents: string[]; codings: number[] } {
  const actors = new Set<string>();
  const documents = new Set<string>();
  const codings = new Set<number>();
  for (const p of payloads) {
    if (p.kind === 'new_document') actors.add(p.actorSlug);
    else if (p.kind === 'attach_source') documents.add(p.documentSlug);
    else if (p.kind === 'coding' || p.kind === 'document_correction' || p.kind === 'document_withdrawal') {
      actors.add(p.actorSlug);
      documents.add(p.documentSlug);
    } else codings.add(p.codingId);
  }
  return { actors: [...actors], documents: [...documents], codings: [...codings] };
}
