/**
 * One load cell of scripts/bench-http.ts: autocannon 9 on one route for a few seconds, latencies taken per response
 * (autocannon's own histogram rounds to whole milliseconds). A route is a fixed path (a warm page) or a function
 * giving a new path for every request (cache misses: a new as-of date each time).
 */
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { asOfBoundaries } from '@/lib/domain/as-of-class';
import { todayIso } from '@/lib/domain/dates';
import { readAsOfDates } from '@/server/cache/as-of-dates';

export type Load = { p50: number; p95: number; p99: number; rps: number; count: number; errors: number; kb: number };

export type Cell = {
  base: string;
  route: string | (() => string);
  connections: number;
  seconds: number;
  headers: Record<string, string>;
};

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function load({ base, route, connections, seconds, headers }: Cell): Promise<Load> {
  const samples: number[] = [];
  let bytes = 0;
  const requests = typeof route === 'function' ? [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: route() }) }] : undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: base + (typeof route === 'string' ? route : '/'), connections, duration: seconds, headers, timeout: 20, requests },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', (_client, status: number, resBytes: number, ms: number) => {
      if (status >= 200 && status < 400) {
        samples.push(ms);
        bytes += resBytes;
      }
    });
  });
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    rps: samples.length / result.duration,
    count: samples.length,
    errors: result.errors + result.timeouts + result.non2xx,
    kb: samples.length ? bytes / samples.length / 1024 : 0,
  };
}

const DAY = 86_400_000;
const FIRST = Date.UTC(2010, 0, 1);
const LAST = Date.UTC(2026, 11, 31);
const SPAN = (LAST - FIRST) / DAY + 1;
/** Coprime with SPAN's factors in practice; checked below so the walk visits every day once. */
const STRIDE = 2_003;

/**
 * As-of dates never asked before in this process: every day of 2010–2026 in a scrambled order (so a cell samples
 * early and recent dates alike, not only the latest years), then earlier years day by day.
 */
export function freshDates(): () => string {
  if (gcd(STRIDE, SPAN) !== 1) throw new Error('STRIDE must be coprime with the number of days');
  let i = 0;
  return () => {
    const n = i++;
    const t = n < SPAN ? FIRST + ((n * STRIDE) % SPAN) * DAY : FIRST - (n - SPAN + 1) * DAY;
    return new Date(t).toISOString().slice(0, 10);
  };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * New URLs that the page cache can fill (docs/architecture.md, "As-of templates"): every day strictly between the
 * last date in the database at `dbPath` and today — one as-of class — then the same days again in the next round,
 * which the caller makes another URL family (another sort order), so each round starts with the two renders that
 * check its template.
 */
export function classDates(dbPath: string): () => { date: string; round: number } {
  const today = todayIso();
  const db = new Database(dbPath, { readonly: true });
  let boundaries: string[];
  try {
    // As the server reads them (server/cache/as-of-dates.ts).
    boundaries = asOfBoundaries(readAsOfDates(db), today);
  } finally {
    db.close();
  }
  const last = boundaries.filter((b) => b < today).at(-1);
  if (!last) throw new Error('no date in the data before today: no as-of class to fill');
  const days: string[] = [];
  for (let t = Date.parse(last) + DAY; t < Date.parse(today); t += DAY) days.push(new Date(t).toISOString().slice(0, 10));
  if (days.length < 3) throw new Error(`only ${days.length} days between the data's last date ${last} and today: too few to fill`);
  let i = 0;
  return () => {
    const n = i++;
    return { date: days[n % days.length]!, round: Math.floor(n / days.length) };
  };
}
