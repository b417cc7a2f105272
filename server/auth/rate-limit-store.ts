/**
 * The rate-limit counters (better-auth's `customStorage`, and our per-account sign-in limit) in `auth_rate_limit`, so
 * they hold across restarts and are shared by every process on the database. Why not the library's own database
 * storage: it keeps one row per address *and path* (unknown paths under /api/auth included) and deletes old rows only
 * when a counter resets, so a stream of new addresses or invented paths grows the table without end. Here:
 * - every path but sign-in shares one counter per address and rule (`<address>|60s/100`); sign-in keeps its own;
 * - rows older than the longest window are deleted before a new row is added;
 * - the table holds at most `maxRows` rows (`AUTH_RATE_LIMIT_ROWS`, default 10,000); past that, new keys share one
 *   overflow counter, so a flood of addresses is refused together rather than evicting live counters (which would
 *   reset an attacker's count).
 * Each decision is one SQLite write transaction (BEGIN IMMEDIATE), so concurrent requests, in this process or
 * another, cannot both pass on a stale count.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';

export type LimitRule = { window: number; max: number };
export type LimitDecision = { allowed: boolean; retryAfter: number | null };

/** Paths that keep a counter of their own; everything else counts in the address's shared one. */
const OWN_COUNTER_PATHS = new Set(['/sign-in/email']);
export const OVERFLOW_KEY = 'overflow';
export const DEFAULT_MAX_ROWS = 10_000;

type Row = { count: number; lastRequest: number };

/**
 * `<address>|<path>` as better-auth builds it, with paths that need no counter of their own folded into one counter
 * per address and rule (`<address>|60s/100`): paths under one rule share it, so invented paths add no rows, and a
 * stricter rule (better-auth's 3 per 10 s for any other `/sign-in…` or `/sign-up…` path) never counts against the
 * general one.
 */
export function foldKey(key: string, rule: LimitRule): string {
  const bar = key.lastIndexOf('|');
  if (bar < 0 || key.startsWith('account:')) return key;
  const path = key.slice(bar + 1);
  return OWN_COUNTER_PATHS.has(path) ? key : `${key.slice(0, bar)}|${rule.window}s/${rule.max}`;
}

export function maxRowsSetting(value: string | undefined = process.env.AUTH_RATE_LIMIT_ROWS): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isInteger(n) && n >= 100 ? n : DEFAULT_MAX_ROWS;
}

export function createRateLimitStore(sqlite: Database.Database, options: { maxRows: number; longestWindowSeconds: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  // Prepared on first use: the auth instance is also created where no database exists yet (a page prerendered by
  // `next build`), and must not fail there.
  let statements: ReturnType<typeof prepare> | null = null;
  const sql = () => (statements ??= prepare(sqlite));

  // The window counts from the last allowed attempt (as better-auth's own storage does): a refused attempt does not
  // extend it, and a quiet window starts the count afresh.
  const decide = (rawKey: string, rule: LimitRule): LimitDecision => {
    const { read, insert, update, prune, rows } = sql();
    const t = now();
    let key = foldKey(rawKey, rule);
    let row = read.get(key);
    if (!row) {
      prune.run(t - options.longestWindowSeconds * 1000);
      if ((rows.get() as number) >= options.maxRows) {
        key = OVERFLOW_KEY;
        row = read.get(key);
      }
    }
    if (!row) {
      insert.run(randomUUID(), key, t);
      return { allowed: true, retryAfter: null };
    }
    if (t - row.lastRequest >= rule.window * 1000) {
      update.run(1, t, key);
      return { allowed: true, retryAfter: null };
    }
    if (row.count >= rule.max) return { allowed: false, retryAfter: Math.max(1, Math.ceil((row.lastRequest + rule.window * 1000 - t) / 1000)) };
    update.run(row.count + 1, t, key);
    return { allowed: true, retryAfter: null };
  };
  let transaction: Database.Transaction<typeof decide> | null = null;

  return {
    /** better-auth's `customStorage` interface. */
    consume: async (key: string, rule: LimitRule): Promise<LimitDecision> => (transaction ??= sqlite.transaction(decide)).immediate(key, rule),
    /** Forgets a counter (a successful sign-in clears its account's failed attempts). */
    clear: (key: string): void => void sql().remove.run(key),
  };
}

function prepare(sqlite: Database.Database) {
  return {
    read: sqlite.prepare<[string], Row>('SELECT count, last_request AS lastRequest FROM auth_rate_limit WHERE key = ?'),
    insert: sqlite.prepare('INSERT INTO auth_rate_limit (id, key, count, last_request) VALUES (?, ?, 1, ?)'),
    update: sqlite.prepare('UPDATE auth_rate_limit SET count = ?, last_request = ? WHERE key = ?'),
    prune: sqlite.prepare('DELETE FROM auth_rate_limit WHERE last_request < ?'),
    rows: sqlite.prepare('SELECT count(*) FROM auth_rate_limit').pluck(),
    remove: sqlite.prepare('DELETE FROM auth_rate_limit WHERE key = ?'),
  };
}

export type RateLimitStore = ReturnType<typeof createRateLimitStore>;
