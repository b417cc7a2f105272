import { describe, expect, it } from 'vitest';
import { wordingColumn } from '@/lib/compare/dimension-wording';
import { parseWordingActors } from '@/lib/url/dimension-params';

const doc = (slug: string, effectiveDate: string, codings: { dimension: 'applicability' | 'knowledge'; value: string }[]) => ({
  slug,
  title: slug,
  date: effectiveDate,
  effectiveDate,
  type: 'speech' as const,
  url: null,
  archiveUrl: null,
  codings: codings.map((c) => ({ ...c, freeText: null, confidence: 'high' as const, passages: [] })),
});

describe('side-by-side wording', () => {
  it("keeps the actor's documents coded on the dimension up to the date, oldest first", () => {
    const docs = [
      doc('c', '2023-01-01', [{ dimension: 'applicability', value: 'silent' }]),
      doc('a', '2019-05-01', [{ dimension: 'applicability', value: 'unsettled' }]),
      doc('b', '2021-01-01', [{ dimension: 'knowledge', value: 'actual' }]),
      doc('d', '2025-01-01', [{ dimension: 'applicability', value: 'rejects' }]),
    ];
    const col = wordingColumn({ slug: 'x', name: 'X' }, docs, 'applicability', '2024-12-31');
    expect(col.entries.map((e) => [e.document.slug, e.coding.value])).toEqual([
      ['a', 'unsettled'],
      ['c', 'silent'],
    ]);
  });

  it('takes known actors only, at most four, with notices', () => {
    const known = new Set(['a', 'b', 'c', 'd', 'e']);
    expect(parseWordingActors({ wording: 'a,zz' }, known)).toEqual({ value: ['a'], notices: ['Unknown actor ignored: zz.'] });
    const five = parseWordingActors({ wording: 'a,b,c,d,e' }, known);
    expect(five.value).toEqual(['a', 'b', 'c', 'd']);
    expect(five.notices.join(' ')).toMatch(/first 4/);
  });
});
