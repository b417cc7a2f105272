import { describe, expect, it } from 'vitest';
import { toQuery } from '@/lib/url/search-params';

describe('toQuery', () => {
  it('writes the keys in the order given, drops empty ones and keeps commas and colons readable', () => {
    expect(toQuery({ actors: ['denmark', 'china'], asOf: '2021-12-31', region: null, cell: 'china:knowledge', q: '' })).toBe(
      '?actors=denmark,china&asOf=2021-12-31&cell=china:knowledge',
    );
    expect(toQuery({ q: 'a b&c' })).toBe('?q=a+b%26c');
    expect(toQuery({ a: null })).toBe('');
  });

  it('gives each call its own values when queries of one shape reuse a serializer', () => {
    const shape = (asOf: string, cell: string | null) => toQuery({ asOf, cell });
    expect(shape('2020-01-31', 'denmark:knowledge')).toBe('?asOf=2020-01-31&cell=denmark:knowledge');
    expect(shape('2021-02-28', null)).toBe('?asOf=2021-02-28');
    expect(shape('2022-03-31', 'china:threshold')).toBe('?asOf=2022-03-31&cell=china:threshold');
    // The same keys as a list and as text are different shapes.
    expect(toQuery({ actors: ['a', 'b'] })).toBe('?actors=a,b');
    expect(toQuery({ actors: 'a,b' })).toBe('?actors=a,b');
    expect(toQuery({ actors: [] })).toBe('');
  });
});
