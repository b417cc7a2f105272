import { describe, expect, it } from 'vitest';
import { LIMITS, decodeUtf8, textField, textProblem, urlField } from '@/lib/domain/limits';

describe('lib/limits', () => {
  it('rejects text over the limit of its kind', () => {
    expect(textField('quote').safeParse('x'.repeat(LIMITS.text.quote)).success).toBe(true);
    expect(textField('quote').safeParse('x'.repeat(LIMITS.text.quote + 1)).success).toBe(false);
    expect(textField('title').safeParse('x'.repeat(1024 * 1024)).success).toBe(false);
  });

  it('rejects control characters, line breaks in single-line fields, U+FFFD and lone surrogates', () => {
    expect(textProblem('a\u0000b')).toMatch(/U\+0000/);
    expect(textProblem('a\u009bb')).toMatch(/control/);
    expect(textProblem('a\nb')).toMatch(/single line/);
    expect(textProblem('a\nb', { multiline: true })).toBeNull();
    expect(textProblem('Caf\uFFFD')).toMatch(/UTF-8/);
    expect(textProblem('x\ud800')).toMatch(/surrogate/);
    expect(textProblem('Türkiye 日本 💩')).toBeNull();
  });

  it('accepts only http(s) URLs without characters that break markup', () => {
    const ok = (u: string) => urlField().safeParse(u).success;
    expect(ok('https://example.org/a_b(c)?q=1#x')).toBe(true);
    expect(ok('http://example.org/')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://example.org/',
      'https://example.org/<script>',
      'https://example.org/"x',
      'https://e.org/a b',
      'https://u:p@e.org/',
      'not a url',
      `https://e.org/${'a'.repeat(LIMITS.url)}`,
    ]) {
      expect(ok(bad), bad).toBe(false);
    }
  });

  it('decodes UTF-8 strictly', () => {
    expect(decodeUtf8(new TextEncoder().encode('Côte d’Ivoire'))).toBe('Côte d’Ivoire');
    for (const bytes of [[0xff], [0xc0, 0xaf], [0xe2, 0x82], [0xed, 0xa0, 0x80]]) expect(() => decodeUtf8(new Uint8Array(bytes))).toThrow();
  });
});
