import { describe, expect, it } from 'vitest';
import type { Outcome } from '@/lib/domain/as-of';
import { countOf, countStates, stateCountText, statesWithDocument } from '@/lib/domain/state-counts';

const doc = { id: 1, slug: 'd', date: '2020' };
const coding = (value: string | null) => ({ id: 1, documentId: 1, dimension: 'applicability' as const, value, freeText: null, confidence: 'high' as const });
const value = (v: string): Outcome => ({ kind: 'value', value: v, coding: coding(v), document: doc, laterNoFinding: [], laterNotCoded: [] });
const silent: Outcome = { kind: 'silent', value: 'silent', coding: coding('silent'), document: doc, laterNotCoded: [] };
const none: Outcome = { kind: 'no_document' };

describe('countStates', () => {
  const actors = [
    { slug: 'b', name: 'Bhutan', kind: 'state' as const, outcome: value('binding_obligation') },
    { slug: 'a', name: 'Austria', kind: 'state' as const, outcome: value('binding_obligation') },
    { slug: 'au', name: 'African Union', kind: 'regional_org' as const, outcome: value('binding_obligation') },
    { slug: 'c', name: 'Chile', kind: 'state' as const, outcome: silent },
    { slug: 'd', name: 'Denmark', kind: 'state' as const, outcome: none },
  ];
  const counts = countStates('applicability', '2020-12-31', actors);

  it('counts States only, never the organisations beside them, with their names in order', () => {
    expect(counts.total).toBe(4);
    expect(countOf(counts, 'binding_obligation')).toMatchObject({
      count: 2,
      names: [
        { slug: 'a', name: 'Austria' },
        { slug: 'b', name: 'Bhutan' },
      ],
    });
  });

  it('keeps every codebook value, silence and both gaps, in codebook order, adding up to the States counted', () => {
    expect(counts.rows.map((r) => r.key)).toEqual([
      'binding_obligation',
      'voluntary_norm',
      'unsettled',
      'political_support',
      'rejects',
      'general_law_only',
      'silent',
      'not_coded',
      'no_document',
    ]);
    expect(counts.rows.reduce((n, r) => n + r.count, 0)).toBe(counts.total);
    expect(countOf(counts, 'silent').kind).toBe('silent');
    expect(statesWithDocument(counts)).toBe(3);
  });

  it('gives a free-text dimension one row for its statements', () => {
    const remedies = countStates('remedies', '2020-12-31', [
      {
        slug: 'a',
        name: 'A',
        kind: 'state',
        outcome: {
          kind: 'value',
          value: null,
          coding: { ...coding(null), dimension: 'remedies', freeText: 'x' },
          document: doc,
          laterNoFinding: [],
          laterNotCoded: [],
        },
      },
    ]);
    expect(remedies.rows[0]).toMatchObject({ key: 'free_text', count: 1 });
  });

  it('words a count as States, naming other actors apart', () => {
    expect(stateCountText({ count: 1 })).toBe('1 State');
    expect(stateCountText({ count: 23, otherActors: 1 })).toBe('23 States (also 1 other actor listed, not counted)');
  });
});
