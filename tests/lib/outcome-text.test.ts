import { describe, expect, it } from 'vitest';
import type { Outcome } from '@/lib/domain/as-of';
import { laterSilenceNote, outcomeLabel, pendingNote } from '@/lib/domain/outcome-text';

const coding = { id: 1, documentId: 1, dimension: 'applicability' as const, value: 'voluntary_norm', freeText: null, confidence: 'high' as const };
const doc = { id: 1, slug: 'x', date: '2020-05-01' };

describe('outcomeLabel', () => {
  it('gives each of the four outcomes its own words', () => {
    const labels = new Set([
      outcomeLabel('applicability', { kind: 'value', value: 'voluntary_norm', coding, document: doc, laterNoFinding: [], laterNotCoded: [] }),
      outcomeLabel('applicability', { kind: 'silent', value: 'silent', coding, document: doc, laterNotCoded: [] }),
      outcomeLabel('applicability', { kind: 'not_coded', latest: doc }),
      outcomeLabel('applicability', { kind: 'no_document' }),
    ]);
    expect(labels).toEqual(new Set(['Voluntary norm only', 'Silent', 'Not yet coded', 'No document tracked']));
  });
});

describe('pendingNote and laterSilenceNote', () => {
  it('name later uncoded and silent documents by year', () => {
    const outcome: Outcome = {
      kind: 'value',
      value: 'voluntary_norm',
      coding,
      document: doc,
      laterNoFinding: [{ id: 2, slug: 'y', date: '2023-07-04' }],
      laterNotCoded: [{ id: 3, slug: 'z', date: '2025' }],
    };
    expect(pendingNote(outcome)).toBe('a 2025 document is not yet coded');
    expect(laterSilenceNote(outcome)).toBe('the later 2023 document says nothing on this');
    expect(pendingNote({ kind: 'no_document' })).toBeNull();
  });
});
