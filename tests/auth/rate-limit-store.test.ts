import { describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { OVERFLOW_KEY, createRateLimitStore, foldKey, maxRowsSetting } from '@/server/auth/rate-limit-store';

function store(maxRows: number) {
  const db = connect(':memory:');
  migrateDatabase(db);
  const clock = { t: 1_000_000 };
  const s = createRateLimitStore(db.$client, { maxRows, longestWindowSeconds: 900, now: () => clock.t });
  const rows = () => db.$client.prepare('SELECT count(*) FROM auth_rate_limit').pluck().get() as number;
  return { s, clock, rows, db };
}

const rule = { window: 60, max: 5 };

describe('rate-limit store (auth_rate_limit, real SQLite)', () => {
  it('allows max attempts per window, then refuses with the seconds left; a quiet window starts afresh', async () => {
    const { s, clock } = store(100);
    for (let i = 0; i < 5; i++) expect(await s.consume('1.2.3.4|/sign-in/email', rule)).toEqual({ allowed: true, retryAfter: null });
    clock.t += 20_000;
    expect(await s.consume('1.2.3.4|/sign-in/email', rule)).toEqual({ allowed: false, retryAfter: 40 });
    clock.t += 40_000;
    expect((await s.consume('1.2.3.4|/sign-in/email', rule)).allowed).toBe(true);
  });

  it('folds every path but sign-in into one counter per address and rule', () => {
    expect(foldKey('1.2.3.4|/sign-in/email', rule)).toBe('1.2.3.4|/sign-in/email');
    expect(foldKey('1.2.3.4|/get-session', { window: 60, max: 100 })).toBe('1.2.3.4|60s/100');
    expect(foldKey('1.2.3.4|/sign-up/email', { window: 10, max: 3 })).toBe('1.2.3.4|10s/3');
    expect(foldKey('2001:0db8:0000:0000:0000:0000:0000:0000|/x|y', rule)).toBe('2001:0db8:0000:0000:0000:0000:0000:0000|/x|60s/5');
    expect(foldKey('account:abc', rule)).toBe('account:abc');
  });

  it('never holds more than maxRows (+ the overflow counter): past the cap new keys share one counter', async () => {
    const { s, rows } = store(100);
    for (let i = 0; i < 250; i++) await s.consume(`10.0.${i >> 8}.${i & 255}|/sign-in/email`, rule);
    expect(rows()).toBe(101);
    // 150 keys landed on the overflow counter: it was allowed 5 times and refuses now; old keys keep their own count.
    expect((await s.consume('203.0.113.1|/sign-in/email', rule)).allowed).toBe(false);
    expect((await s.consume('10.0.0.0|/sign-in/email', rule)).allowed).toBe(true);
    expect(OVERFLOW_KEY).toBe('overflow');
  });

  it('deletes rows older than the longest window before adding a new one', async () => {
    const { s, clock, rows } = store(100);
    for (let i = 0; i < 50; i++) await s.consume(`10.0.0.${i}|/sign-in/email`, rule);
    expect(rows()).toBe(50);
    clock.t += 901_000;
    await s.consume('203.0.113.1|/sign-in/email', rule);
    expect(rows()).toBe(1);
  });

  it('AUTH_RATE_LIMIT_ROWS: a whole number of at least 100, else the default', () => {
    expect(maxRowsSetting('5000')).toBe(5000);
    expect(maxRowsSetting(undefined)).toBe(10_000);
    expect(maxRowsSetting('12')).toBe(10_000);
    expect(maxRowsSetting('lots')).toBe(10_000);
  });
});
