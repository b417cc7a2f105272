/** The verbatim check of a proposal's quotes against a stored source, and quote by selection (pure). */
import { describe, expect, it } from 'vitest';
import { locatorFor, quoteFromSelection, sentenceAround } from '@/lib/sources/selection';
import { quotesOfPayload, unverifiedQuotes, verifyQuotes } from '@/lib/sources/verify-quotes';

const units = [
  { seq: 1, text: 'Ministry of Foreign Affairs\nPosition on international law in cyberspace' },
  {
    seq: 2,
    text: 'A State must not knowingly allow its territory to be used for acts contrary to the rights of other States.\nIt should have known of an opera-\ntion when the “signs were clear”.',
  },
  { seq: 3, text: 'Annex. Capacity building is voluntary.' },
];

describe('quotesOfPayload', () => {
  it('names each quote by the form field it came from', () => {
    expect(quotesOfPayload({ kind: 'new_document', passages: [{ quote: 'a' }, { quote: 'b' }] })).toEqual([
      { field: 'passages[0].quote', quote: 'a' },
      { field: 'passages[1].quote', quote: 'b' },
    ]);
    expect(quotesOfPayload({ kind: 'coding', passage: { quote: 'c' } })).toEqual([{ field: 'passage.quote', quote: 'c' }]);
    expect(quotesOfPayload({ kind: 'correction', passage: null })).toEqual([]);
    expect(quotesOfPayload({ kind: 'withdrawal' })).toEqual([]);
  });
});

describe('verifyQuotes', () => {
  it('finds a quote word for word, across whitespace, typographic quotes and a word broken at a line end', () => {
    const quote = 'It should have known of an operation when the "signs were clear".';
    const [check] = verifyQuotes(units, [{ field: 'passage.quote', quote }]);
    expect(check!.status).toBe('found');
    expect(check!.pages).toEqual([2]);
    const span = check!.spans[0]!;
    expect(units[1]!.text.slice(span.start, span.end)).toMatch(/^It should have known/);
    expect(unverifiedQuotes([check!])).toEqual([]);
  });

  it('flags a quote edited so that it is no longer in the source, and one that differs only in capitals', () => {
    const original = 'A State must not knowingly allow its territory to be used';
    const edited = original.replace('must not', 'should not');
    const checks = verifyQuotes(units, [
      { field: 'passages[0].quote', quote: original },
      { field: 'passages[1].quote', quote: edited },
      { field: 'passages[2].quote', quote: original.toUpperCase() },
    ]);
    expect(checks.map((c) => [c.field, c.status, c.pages])).toEqual([
      ['passages[0].quote', 'found', [2]],
      ['passages[1].quote', 'not_found', []],
      ['passages[2].quote', 'case_differs', [2]],
    ]);
    expect(unverifiedQuotes(checks).map((c) => c.field)).toEqual(['passages[1].quote', 'passages[2].quote']);
  });

  it('finds a quote spanning a page break on both pages', () => {
    const quote = 'in cyberspace A State must not';
    expect(verifyQuotes(units, [{ field: 'q', quote }])[0]).toMatchObject({ status: 'found', pages: [1, 2] });
  });
});

describe('quote by selection', () => {
  const page = units[1]!;

  it('makes a selection into a quote that the verbatim check finds on the same page', () => {
    const start = page.text.indexOf('It should');
    const end = page.text.indexOf('clear”.') + 'clear”.'.length;
    const quote = quoteFromSelection(page.text, start, end);
    expect(quote).toBe('It should have known of an operation when the “signs were clear”.');
    expect(verifyQuotes(units, [{ field: 'passage.quote', quote }])[0]).toMatchObject({ status: 'found', pages: [page.seq] });
  });

  it('selects the sentence around a hit, for selecting with the keyboard', () => {
    const at = page.text.indexOf('knowingly');
    const s = sentenceAround(page.text, at, at + 'knowingly'.length);
    expect(page.text.slice(s.start, s.end)).toBe('A State must not knowingly allow its territory to be used for acts contrary to the rights of other States.');
    const last = page.text.indexOf('signs');
    const t = sentenceAround(page.text, last, last + 5);
    expect(page.text.slice(t.start, t.end)).toMatch(/^It should have known .*clear”\.$/s);
    // A heading line is not part of the sentence below it; a wrapped line is.
    const headed = 'Part three\nStates must take measures to prevent such operations\nwithin their capacity. Next.';
    const h = headed.indexOf('prevent');
    const u = sentenceAround(headed, h, h + 7);
    expect(headed.slice(u.start, u.end)).toBe('States must take measures to prevent such operations\nwithin their capacity.');
  });

  it('gives the page of a PDF, and the paragraph of a section', () => {
    expect(locatorFor({ ...page, label: null, firstParagraph: null }, 'page', 10)).toBe('p. 2');
    expect(locatorFor({ ...page, label: 'iv', firstParagraph: null }, 'page', 10)).toBe('p. 2 (printed iv)');
    const section = { seq: 4, label: 'Knowledge', firstParagraph: 12, text: 'First paragraph.\n\nSecond paragraph.\n\nThird.' };
    expect(locatorFor(section, 'section', section.text.indexOf('Second'))).toBe('para. 13');
    expect(locatorFor(section, 'section', section.text.indexOf('Third'))).toBe('para. 14');
    expect(locatorFor({ ...section, firstParagraph: null }, 'section', 0)).toBe('section 4 (Knowledge)');
  });
});
