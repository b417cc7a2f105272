import { describe, expect, it } from 'vitest';
import {
  describeDocumentCorrection,
  documentCorrectionEntryId,
  documentCorrectionEntryTitle,
  type DocumentCorrectionItem,
} from '@/lib/changes/document-correction-text';

const item = (over: Partial<DocumentCorrectionItem>): DocumentCorrectionItem => ({
  revisionId: 7,
  kind: 'correction',
  at: '2026-12-07T10:00:00.000Z',
  reason: 'The ministry gives the exact day',
  changes: [
    { field: 'Date', before: 'May 2021 (2021-05)', after: '29 May 2021 (2021-05-29)' },
    { field: 'Title', before: 'Old', after: 'New' },
  ],
  document: { slug: 'x-2021', title: 'New', date: '2021-05-29' },
  authors: [
    { slug: 'finland', name: 'Finland' },
    { slug: 'sweden', name: 'Sweden' },
  ],
  ...over,
});

describe('words for corrections of a document’s record', () => {
  it('says each changed field, was and now, in order', () => {
    expect(describeDocumentCorrection(item({}))).toBe('Date was “May 2021 (2021-05)”, now “29 May 2021 (2021-05-29)”; Title was “Old”, now “New”');
  });

  it('still says a record was corrected when its stored snapshots could not be read (no detail)', () => {
    expect(describeDocumentCorrection(item({ changes: [] }))).toBe('Record corrected');
  });

  it('says a withdrawal, whatever the stored changes', () => {
    expect(describeDocumentCorrection(item({ kind: 'withdrawal' }))).toMatch(/^Withdrawn from the record/);
  });

  it('titles feed entries by their authors, and gives them an id from the document and the revision row', () => {
    expect(documentCorrectionEntryTitle(item({}))).toBe('Finland and Sweden: correction of a document’s record — New');
    expect(documentCorrectionEntryTitle(item({ kind: 'withdrawal', authors: [] }))).toBe('document withdrawn — New');
    expect(documentCorrectionEntryId(item({}))).toBe('urn:cdd-tracker:document-revision:x-2021:7');
  });
});
