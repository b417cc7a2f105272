/**
 * The desk's forms for a document's own record: its correction — title, original title, date, type, venue,
 * addresses, authors, and one author's summary and public note — and the withdrawal of the whole document. The form
 * sends the whole record as it should read (lib/editorial/payloads.ts validates it; the write layer keeps only what
 * changes); `documentChanges` words what changes against the stored record. Pure.
 */
import type { DocumentCorrectionPayload } from '@/lib/editorial/payloads';
import { DOCUMENT_FIELD_LABELS, shownField, type FieldChange } from '@/lib/documents/revisions';
import { documentRecordFields } from './document-form';
import { orNull, type FieldSource } from './field-source';

export type { FieldChange };

export function documentCorrectionFormToPayload(f: FieldSource): Record<string, unknown> {
  return {
    kind: 'document_correction',
    documentSlug: f.get('documentSlug') ?? '',
    actorSlug: f.get('actorSlug') ?? '',
    document: documentRecordFields(f),
    authors: f.getAll('authors').filter((s) => s.trim() !== ''),
    summary: f.get('summary') ?? '',
    notes: orNull(f.get('notes')),
  };
}

export const documentWithdrawalFormToPayload = (f: FieldSource): Record<string, unknown> => ({
  kind: 'document_withdrawal',
  documentSlug: f.get('documentSlug') ?? '',
  actorSlug: f.get('actorSlug') ?? '',
});

/** A document's record as stored, in the payload's terms (the loader reads it). */
export type DocumentRecord = {
  document: Required<DocumentCorrectionPayload['document']>;
  authors: { slug: string; name: string }[];
  summary: string;
  notes: string | null;
};

/** Each field the correction changes, in words, before and after; a field it leaves out or leaves equal is not listed. */
export function documentChanges(now: DocumentRecord, proposed: DocumentCorrectionPayload, actorName: (slug: string) => string): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [key, label] of DOCUMENT_FIELD_LABELS) {
    const after = proposed.document[key];
    if (after === undefined) continue;
    const before = now.document[key] ?? null;
    if (before !== after) out.push({ field: label, before: shownField(key, before), after: shownField(key, after) });
  }
  if (proposed.authors) {
    const before = now.authors.map((a) => a.slug).sort();
    if (before.join() !== [...proposed.authors].sort().join())
      out.push({ field: 'Authors', before: now.authors.map((a) => a.name).join(', '), after: proposed.authors.map(actorName).join(', ') });
  }
  if (proposed.summary !== undefined && now.summary !== proposed.summary) out.push({ field: 'Summary', before: now.summary, after: proposed.summary });
  if (proposed.notes !== undefined && (now.notes ?? null) !== proposed.notes)
    out.push({ field: 'Public note', before: now.notes ?? '(none)', after: proposed.notes ?? '(none)' });
  return out;
}
