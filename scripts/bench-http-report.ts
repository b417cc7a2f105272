/**
 * Tables and the issue's "Done when" checks of scripts/bench-http.ts (Markdown, pasted into docs/benchmarks.md).
 * Every throughput is also given as a ratio to the limit measured in the same run: absolute figures on a shared
 * machine move with the other users' load, ratios much less.
 */
import type { Load } from './bench-http-load';

export const ms = (x: number) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(0));
export const times = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(0)}×` : '—');
const lat = (l: Load) => (l.count === 0 ? 'none completed' : `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} ms`);

export type MissRow = { label: string; one: Load; many: Load; cpuOne: number; cpuMany: number };
export type WarmRow = { label: string; many: Load; limit: number };

export function limitTable(rows: WarmRow[]): string[] {
  return [
    '| served | req/s at 16 | ÷ limit (limit rows: its first run, drift; ours: the chunk limit just before) | p50 / p95 / p99 at 16 | KB/resp | errors |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) => `| ${r.label} | ${r.many.rps.toFixed(0)} | ${times(r.many.rps / r.limit)} | ${lat(r.many)} | ${r.many.kb.toFixed(1)} | ${r.many.errors} |`,
    ),
  ];
}

export function missTable(rows: MissRow[]): string[] {
  return [
    '| miss of | 1 conn: renders/s | 1 conn p50 / p95 / p99 | server CPU per miss (1 conn) | 16 conns: renders/s | 16 conns p50 / p95 / p99 | CPU per miss (16) | KB/resp | errors |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.one.rps.toFixed(1)} | ${lat(r.one)} | ${ms(r.cpuOne)} ms | ${r.many.rps.toFixed(1)} | ${lat(r.many)} | ${ms(r.cpuMany)} ms | ${r.one.kb.toFixed(1)} | ${r.one.errors + r.many.errors} |`,
    ),
  ];
}

export function warmTable(rows: WarmRow[]): string[] {
  return [
    '| warm page (page cache) | req/s at 16 | limit just before | ÷ limit | p50 / p95 / p99 at 16 | KB/resp | errors |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| \`${r.label}\` | ${r.many.rps.toFixed(0)} | ${r.limit.toFixed(0)} | ${times(r.many.rps / r.limit)} | ${lat(r.many)} | ${r.many.kb.toFixed(1)} | ${r.many.errors} |`,
    ),
  ];
}

export type Check = { what: string; target: string; measured: string; met: boolean | null };

export function checkTable(checks: Check[]): string[] {
  return [
    '| done when | target | measured | met |',
    '|---|---|---|---|',
    ...checks.map((c) => `| ${c.what} | ${c.target} | ${c.measured} | ${c.met === null ? '—' : c.met ? 'yes' : '**no**'} |`),
  ];
}
