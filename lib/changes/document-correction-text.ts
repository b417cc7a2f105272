/**
 * Words for corrections of a document's own record (its title, date, type, venue, addresses, authors, our summary or
 * note) and for a document's withdrawal, as /changes and its feed list them. Like corrections of our coding, they say
 * the tracker's record was wrong, never that the actor changed its position. The fields' words come from
 * lib/documents/revisions.ts, which the document's card on the actor page also uses.
 */
import { listNames } from '@/lib/domain/list-names';
import type { FieldChange } from '@/lib/documents/revisions';

export type DocumentCorrectionItem = {
  revisionId: number;
  kind: 'correction' | 'withdrawal';
  /** When the revision was published (ISO timestamp). */
  at: string;
  /** The editor's reason, shown publicly. */
  reason: string;
  changes: FieldChange[];
  document: { slug: string; title: string; date: string };
  /** The document's authors after a correction, before a withdrawal (a withdrawn document has none left). */
  authors: { slug: string; name: string }[];
};

export const DOCUMENT_CORRECTION_HEADING = 'Correction of a document’s record';

/** "Date was “3 May 2021 (2021-05-03)”, now “29 May 2019 (2019-05-29)”; Title was …", or the withdrawal in words. */
export function describeDocumentCorrection(c: DocumentCorrectionItem): string {
  if (c.kind === 'withdrawal') return 'Withdrawn from the record: no page, count or export rests on it any longer';
  if (c.changes.length === 0) return 'Record corrected';
  return c.changes.map((f) => `${f.field} was “${f.before}”, now “${f.after}”`).join('; ');
}

/** Stable Atom id: from the document's slug and the revision row, which never changes (revisions are append-only). */
export function documentCorrectionEntryId(c: DocumentCorrectionItem): string {
  return `urn:cdd-tracker:document-revision:${c.document.slug}:${c.revisionId}`;
}

export function documentCorrectionEntryTitle(c: DocumentCorrectionItem): string {
  const who = c.authors.length ? `${listNames.join(c.authors.map((a) => a.name))}: ` : '';
  const what = c.kind === 'withdrawal' ? 'document withdrawn' : DOCUMENT_CORRECTION_HEADING.toLowerCase();
  return `${who}${what} — ${c.document.title}`;
}
