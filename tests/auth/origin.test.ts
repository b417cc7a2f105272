import { describe, expect, it } from 'vitest';
import { checkOrigin } from '@/server/auth/origin';

const h = (o: Record<string, string>) => new Headers(o);

describe('checkOrigin (CSRF guard for write route handlers)', () => {
  it('lets reads through whatever their origin', () => {
    expect(checkOrigin('GET', h({ host: 'a.test' })).ok).toBe(true);
  });
  it('accepts a POST whose Origin is the host it was sent to', () => {
    expect(checkOrigin('POST', h({ host: 'a.test:3000', origin: 'http://a.test:3000' })).ok).toBe(true);
    expect(
      checkOrigin('POST', h({ host: 'internal', 'x-forwarded-host': 'tracker.example', 'x-forwarded-proto': 'https', origin: 'https://tracker.example' })).ok,
    ).toBe(true);
  });
  it('refuses a POST with no Origin, a "null" Origin or a foreign one', () => {
    expect(checkOrigin('POST', h({ host: 'a.test' }))).toEqual({ ok: false, reason: 'missing Origin header' });
    expect(checkOrigin('POST', h({ host: 'a.test', origin: 'null' })).ok).toBe(false);
    expect(checkOrigin('POST', h({ host: 'a.test', origin: 'http://evil.test' })).ok).toBe(false);
    expect(checkOrigin('DELETE', h({ host: 'a.test', origin: 'https://a.test' })).ok).toBe(false); // scheme differs
  });
  it('accepts configured extra origins', () => {
    expect(checkOrigin('POST', h({ host: 'internal:3000', origin: 'https://tracker.example' }), ['https://tracker.example']).ok).toBe(true);
  });
});
