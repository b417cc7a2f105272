import { describe, expect, it } from 'vitest';
import { buildBriefing } from '@/lib/briefing/model';
import { renderMarkdown } from '@/lib/briefing/render-markdown';
import { actorInput, BASE, coding, doc } from './inputs';

describe('renderMarkdown', () => {
  it('keeps text typed by the user from becoming markup or an extra footnote', () => {
    const d = doc('2021-01-01', { url: 'https://example.org/a_b(c)' });
    const pack = buildBriefing({
      ...BASE,
      title: 'Brief [^9] *draft*',
      purpose: 'For | the_minister',
      dims: ['applicability'],
      actors: [actorInput('A', [d], [coding(d, 'applicability', 'rejects', 'low')])],
    });
    const md = renderMarkdown(pack);
    expect(md).toContain('# Brief \\[^9\\] \\*draft\\*');
    expect(md).toContain('*For \\| the\\_minister*');
    expect(md.match(/^\[\^\d+\]: /gm)).toHaveLength(pack.footnotes.length);
    expect(new Set(md.match(/\[\^\d+\](?!:)/g))).toEqual(new Set(pack.footnotes.map((f) => `[^${f.n}]`)));
    // URLs are autolinks, written as they are.
    expect(md).toContain('<https://example.org/a_b(c)>');
    expect(md).toContain('**[low confidence — verify before citing]**[^1]');
  });
});
