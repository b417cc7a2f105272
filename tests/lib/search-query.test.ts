import { describe, expect, it } from 'vitest';
import { splitHighlights, toFtsQuery } from '@/lib/search/search-query';

describe('toFtsQuery', () => {
  it('requires every word, prefix-matched, and keeps quoted phrases', () => {
    expect(toFtsQuery('due dilig')).toBe('"due"* AND "dilig"*');
    expect(toFtsQuery('"due diligence" Corfu')).toBe('"due diligence" AND "Corfu"*');
  });

  it('drops FTS5 syntax from user input and returns null when nothing searchable is left', () => {
    expect(toFtsQuery('NEAR(a b) OR -x* ^title:')).toBe('"NEAR"* AND "a"* AND "b"* AND "OR"* AND "x"* AND "title"*');
    expect(toFtsQuery('  *** ( ) " ')).toBeNull();
  });
});

describe('splitHighlights', () => {
  it('splits a marked snippet into plain and highlighted parts', () => {
    expect(splitHighlights('a [[due]] b')).toEqual([
      { text: 'a ', hit: false },
      { text: 'due', hit: true },
      { text: ' b', hit: false },
    ]);
  });
});
