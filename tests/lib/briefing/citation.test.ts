import { describe, expect, it } from 'vitest';
import { citationText } from '@/lib/briefing/citation';

describe('citationText', () => {
  it('writes title, date, locator (without a doubled full stop) and URL', () => {
    expect(citationText({ title: 'Paper', date: '2023-07', locator: 'para. 4.', url: 'https://x.org', archived: false, confidence: 'high' })).toBe(
      'Paper (July 2023), para. 4. https://x.org',
    );
  });

  it('marks low confidence, an archived copy, and a document without any URL', () => {
    expect(citationText({ title: 'Paper', date: '2020', locator: null, url: 'https://web.archive.org/x', archived: true, confidence: 'low' })).toBe(
      'Paper (2020). [low confidence] Archived copy: https://web.archive.org/x',
    );
    expect(citationText({ title: 'Paper', date: '2020', locator: null, url: null, archived: false, confidence: null })).toBe(
      'Paper (2020). No official URL known.',
    );
  });
});
