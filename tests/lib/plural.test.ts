import { describe, expect, it } from 'vitest';
import { plural, pluralWithVerb } from '@/lib/domain/plural';

describe('plural', () => {
  it('agrees noun and verb with the count', () => {
    expect(plural(1, 'actor')).toBe('1 actor');
    expect(plural(0, 'actor')).toBe('0 actors');
    expect(plural(2, 'body', 'bodies')).toBe('2 bodies');
    expect(plural(20700, 'actor')).toBe('20,700 actors');
    expect(pluralWithVerb(1, 'document', 'matches', 'match')).toBe('1 document matches');
    expect(pluralWithVerb(3, 'document', 'matches', 'match')).toBe('3 documents match');
  });
});
