import { describe, expect, it } from 'vitest';
import { labelSnippets } from '@/lib/search/snippets';

describe('labelSnippets', () => {
  it('labels a matched quote as their words and a matched summary as ours, quote first', () => {
    expect(labelSnippets('a [[duty]] b', 'our [[duty]]')).toEqual([
      { source: 'their_words', text: 'a [[duty]] b' },
      { source: 'our_summary', text: 'our [[duty]]' },
    ]);
    expect(labelSnippets('no match here', 'our [[duty]]')).toEqual([{ source: 'our_summary', text: 'our [[duty]]' }]);
  });

  it('shows the start of our summary, labelled, when only the title or venue matched', () => {
    expect(labelSnippets(null, 'what the document says')).toEqual([{ source: 'our_summary', text: 'what the document says' }]);
    expect(labelSnippets(null, null)).toEqual([]);
  });
});
