import { describe, expect, it } from 'vitest';
import type { AsOfCoding, AsOfDocument } from '@/lib/domain/as-of';
import { documentChanges, documentCorrectionFormToPayload, type DocumentRecord } from '@/lib/desk/document-correction';
import { documentCorrectionPayloadSchema as documentCorrectionSchema } from '@/lib/editorial/payloads';
import { fieldSource } from '@/lib/desk/field-source';
import { previewRows } from '@/lib/desk/preview-row';
import { rowChangeOf } from '@/lib/desk/row-change';

const record: DocumentRecord = {
  document: { title: 'Speech at CyCon', titleOriginal: null, date: '2019-06', type: 'speech', venue: 'CyCon 2019', url: null, archiveUrl: null },
  authors: [{ slug: 'estonia', name: 'Estonia' }],
  summary: 'Our summary.',
  notes: null,
};

function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

const submitted = {
  documentSlug: 'estonia-2019-06-speech',
  actorSlug: 'estonia',
  'document.title': 'President Kaljulaid at CyCon 2019',
  'document.titleOriginal': '',
  'document.date': '2019-05-29',
  'document.type': 'speech',
  'document.venue': 'CyCon 2019',
  'document.url': '',
  'document.archiveUrl': '',
  authors: ['estonia', 'latvia'],
  summary: 'Our summary.',
  notes: '',
};

describe('a document correction', () => {
  const payload = documentCorrectionSchema.parse(documentCorrectionFormToPayload(fieldSource(form(submitted))));
  const names: Record<string, string> = { estonia: 'Estonia', latvia: 'Latvia' };

  it('lists only the fields it changes, in words, before and after', () => {
    expect(documentChanges(record, payload, (s) => names[s] ?? s)).toEqual([
      { field: 'Title', before: 'Speech at CyCon', after: 'President Kaljulaid at CyCon 2019' },
      { field: 'Date', before: 'June 2019 (2019-06)', after: '29 May 2019 (2019-05-29)' },
      { field: 'Authors', before: 'Estonia', after: 'Estonia, Latvia' },
    ]);
  });

  it('needs at least one author and a real date', () => {
    const bad = documentCorrectionSchema.safeParse(
      documentCorrectionFormToPayload(fieldSource(form({ ...submitted, authors: [], 'document.date': '2019-02-30' }))),
    );
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i: { path: PropertyKey[] }) => i.path.join('.')).sort()).toEqual(['authors', 'document.date']);
  });

  it('moves the document in time in the preview row, and a withdrawal takes it out', () => {
    const docs: AsOfDocument[] = [
      { id: 1, slug: 'estonia-2019-06-speech', date: '2019-06', effective: '2019-06-30' },
      { id: 2, slug: 'later', date: '2019-06-10', effective: '2019-06-10' },
    ];
    const codings: AsOfCoding[] = [
      { id: 11, documentId: 1, dimension: 'applicability', value: 'binding_obligation', freeText: null, confidence: 'high' },
      { id: 12, documentId: 2, dimension: 'applicability', value: 'voluntary_norm', freeText: null, confidence: 'high' },
    ];
    // Both are legal views: the latest decides. Dated 2019-06 (end of June) the speech is the latest; on 29 May it is not.
    const moved = previewRows({ documents: docs, codings }, rowChangeOf(payload, null)!, '2026-01-01');
    expect(moved.before[0]!.outcome).toMatchObject({ value: 'binding_obligation' });
    expect(moved.after[0]!.outcome).toMatchObject({ value: 'voluntary_norm' });
    const withdrawn = previewRows(
      { documents: docs, codings },
      rowChangeOf({ kind: 'document_withdrawal', documentSlug: 'later', actorSlug: 'estonia' }, null)!,
      '2026-01-01',
    );
    expect(withdrawn.after[0]!.outcome).toMatchObject({ value: 'binding_obligation' });
  });
});
