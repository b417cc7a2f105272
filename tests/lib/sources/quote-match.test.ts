import { describe, expect, it } from 'vitest';
import { checkQuote, findQuote, prepareMatchable } from '@/lib/sources/quote-match';

const units = [
  {
    seq: 1,
    text: 'Introduction\n\nThe Kingdom of Ruritania considers that the principle of due\ndiligence is a binding obli-\ngation under international law.',
  },
  { seq: 2, text: '“A State should have known” of such operations — where it is\nwell-\nknown that its infrastructure is used.\nEnd of the page,' },
  { seq: 3, text: 'continued on the next page with the rest of the sentence. Transit States are not bound.' },
];

/** The stored text each span covers, for comparing with what a reader would highlight. */
const covered = (m: ReturnType<typeof checkQuote>) => m.spans.map((s) => units.find((u) => u.seq === s.seq)!.text.slice(s.start, s.end));

describe('checkQuote', () => {
  it('finds a quote across a line break and a hyphenated line end, with its page and offsets', () => {
    const m = checkQuote(units, 'the principle of due diligence is a binding obligation under international law');
    expect(m.status).toBe('found');
    expect(m.seq).toBe(1);
    expect(covered(m)).toEqual(['the principle of due\ndiligence is a binding obli-\ngation under international law']);
  });

  it('treats typographic and straight quotes and dashes alike', () => {
    const m = checkQuote(units, '"A State should have known" of such operations - where it is');
    expect(m.status).toBe('found');
    expect(m.seq).toBe(2);
    expect(covered(m)[0]).toBe('“A State should have known” of such operations — where it is');
  });

  it('keeps the hyphen of a compound broken at a line end ("well-known")', () => {
    expect(checkQuote(units, 'where it is well-known that its infrastructure').status).toBe('found');
  });

  it('follows a quote over a page break, as one span per page', () => {
    const m = checkQuote(units, 'End of the page, continued on the next page');
    expect(m.status).toBe('found');
    expect(m.spans.map((s) => s.seq)).toEqual([2, 3]);
    expect(covered(m)).toEqual(['End of the page,', 'continued on the next page']);
  });

  it('accepts omissions marked with an ellipsis, each part in order', () => {
    const m = checkQuote(units, 'The Kingdom of Ruritania considers […] a binding obligation');
    expect(m.status).toBe('found');
    expect(covered(m)).toEqual(['The Kingdom of Ruritania considers', 'a binding obli-\ngation']);
    expect(checkQuote(units, 'a binding obligation … The Kingdom of Ruritania').status).toBe('not_found');
  });

  it('does not accept a changed word, and says when only the letter case differs', () => {
    expect(checkQuote(units, 'due diligence is a non-binding obligation').status).toBe('not_found');
    expect(checkQuote(units, 'transit states are not bound').status).toBe('case_differs');
    expect(checkQuote(units, '   ').status).toBe('empty');
  });

  it('prepares a source once for many quotes', () => {
    const m = prepareMatchable(units);
    expect(findQuote(m, 'Transit States are not bound.').seq).toBe(3);
    expect(findQuote(m, 'its infrastructure is used').seq).toBe(2);
  });
});
