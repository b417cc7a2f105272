/**
 * npm run bench:http — load benchmark of the production server over HTTP (autocannon), written up in
 * docs/benchmarks.md. For each database (by default 1× and 100× documents; scripts/bench-data.ts) it starts the
 * production server (scripts/serve.ts) and, in the same run:
 * - the limit: a raw Node server (scripts/bench-limit-server.ts) answering a pre-gzipped copy of /compare and of the
 *   largest /_next/static chunk of that page from memory, at 16 connections, at the start and at the end of the set;
 * - cache misses: a new as-of date per request (a URL the page cache has never seen), or a cookie (which makes the
 *   cache step aside) for pages without a date, at 1 and 16 connections: renders/s, p50/p95/p99 and the server's CPU
 *   time per miss (from /proc: much steadier than wall-clock latency on a shared machine). The dates are scrambled
 *   over 2010–2026, so most fall in an as-of class not seen yet and render; two more rows take every day of one class
 *   (between the data's last date and today), a new sort order each round, which the page cache fills from the
 *   class's template after two checking renders (docs/architecture.md, "As-of templates");
 * - warm pages (from the page cache) and static files at 16 connections, as ratios to the limit;
 * - the /map HTML's gzipped size (brotli is reported as not served: the page carries its nonce); then the "Done when" checks for the set.
 *
 * Settings (environment): BENCH_QUICK=1 (2 s per cell instead of 5), BENCH_SECONDS, BENCH_SETS (e.g.
 * "1,documents:100,actors:10"), BENCH_PORT (default 3207; the limit listens on the next port), BENCH_DATA_DIR
 * (reuse databases between runs), BENCH_APP_DIR (serve another checkout's build, e.g. the "before" commit; it must be
 * built already), BENCH_DIST_DIR (the build folder in it, default .next).
 * Numbers are for the notes, never assertions: the machine is shared, so compare ratios measured in the same run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildBenchDatabase, type Axis } from './bench-data';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import { classDates, freshDates, load } from './bench-http-load';
import { checkTable, limitTable, missTable, ms, times, warmTable, type Check, type MissRow, type WarmRow } from './bench-http-report';
import { groupCpuMs, startApp, startLimit, stopServer, waitReady } from './bench-http-servers';
import { encodedSize, gzipBest, largestChunk, sizeText } from './bench-http-static';

const QUICK = process.env.BENCH_QUICK === '1';
const SECONDS = Number(process.env.BENCH_SECONDS || (QUICK ? 2 : 5));
const PORT = Number(process.env.BENCH_PORT || 3207);
const LIMIT_PORT = PORT + 1;
const APP = { appDir: resolve(process.env.BENCH_APP_DIR || process.cwd()), distDir: process.env.BENCH_DIST_DIR || '.next', port: PORT };
const DATA_DIR = resolve(process.env.BENCH_DATA_DIR || mkdtempSync(join(tmpdir(), 'bench-http-')));
const BASE = `http://127.0.0.1:${PORT}`;
const LIMIT_BASE = `http://127.0.0.1:${LIMIT_PORT}`;
/** What a browser sends: the server may answer compressed. */
const HEADERS = { 'accept-encoding': 'gzip, deflate, br' };
/** Any cookie makes the page cache step aside (server/cache/cache-policy.ts): a true render, i.e. a cache miss. */
const BYPASS = { ...HEADERS, cookie: 'bench=miss' };

/** Every public page (docs/architecture.md, "What is cached"), one URL state each. */
const WARM_ROUTES = [
  '/',
  '/compare',
  '/compare/evidence?actor=denmark&dim=knowledge',
  '/timeline',
  '/changes',
  '/changes.atom',
  '/map',
  '/actors',
  '/actors/denmark',
  '/dimensions/knowledge',
  '/briefing?actors=denmark,china,european-union,united-states',
  '/search?q=sovereignty',
  '/method',
  '/data',
  '/api/v1/compare?format=json',
];

/** Misses: pages with an as-of date get a new one per request; the others bypass the cache with a cookie. */
const NOT_RUN = { p50: NaN, p95: NaN, p99: NaN, rps: 0, count: 0, errors: 0, kb: 0 };

/** Sort orders that make each round of classDates a new URL family (lib/url/compare-params.ts). */
const SORTS = ['-name', ...DIMENSION_KEYS.flatMap((k) => [k, `-${k}`])];

const MISS_ROUTES: { label: string; path: (date: string, round: number) => string; bypass?: boolean; oneClass?: boolean }[] = [
  { label: '`/compare?asOf=…`', path: (d) => `/compare?asOf=${d}` },
  { label: '`/api/v1/compare?format=json&asOf=…`', path: (d) => `/api/v1/compare?format=json&asOf=${d}` },
  {
    label: '`/compare?asOf=…`, days of one as-of class (filled)',
    path: (d, round) => `/compare?asOf=${d}&sort=${SORTS[round % SORTS.length]}`,
    oneClass: true,
  },
  {
    label: '`/api/v1/compare?…&asOf=…`, days of one as-of class (filled)',
    path: (d, round) => `/api/v1/compare?format=json&asOf=${d}&sort=${SORTS[round % SORTS.length]}`,
    oneClass: true,
  },
  { label: '`/map?asOf=…`', path: (d) => `/map?asOf=${d}` },
  { label: '`/timeline` (cookie)', path: () => '/timeline', bypass: true },
  { label: '`/changes` (cookie)', path: () => '/changes', bypass: true },
  { label: '`/dimensions/knowledge` (cookie)', path: () => '/dimensions/knowledge', bypass: true },
  { label: '`/actors/denmark` (cookie)', path: () => '/actors/denmark', bypass: true },
];

type DataSet = { axis: Axis; n: number };

function dataSets(): DataSet[] {
  return (process.env.BENCH_SETS || '1,documents:100').split(',').map((s) => {
    const [axis, n] = s.includes(':') ? s.split(':') : ['documents', s];
    return { axis: axis as Axis, n: Number(n) };
  });
}

const cell = (base: string, route: string | (() => string), connections: number, headers: Record<string, string> = HEADERS) =>
  load({ base, route, connections, seconds: SECONDS, headers });

async function misses(server: ReturnType<typeof startApp>, dbPath: string): Promise<MissRow[]> {
  const rows: MissRow[] = [];
  for (const m of MISS_ROUTES) {
    const fresh = freshDates();
    let oneClass: ReturnType<typeof classDates> | null = null;
    try {
      oneClass = m.oneClass ? classDates(dbPath) : null;
    } catch (error) {
      // Said in the table, not skipped silently: a dataset dated up to today has no open class to fill.
      rows.push({ label: `${m.label}: not measured, ${(error as Error).message}`, one: NOT_RUN, many: NOT_RUN, cpuOne: NaN, cpuMany: NaN });
      continue;
    }
    const route = () => {
      if (!oneClass) return m.path(fresh(), 0);
      const { date, round } = oneClass();
      return m.path(date, round);
    };
    const headers = m.bypass ? BYPASS : HEADERS;
    // Three untimed renders first: a miss in a running server meets compiled code (the JIT warm), as after a publish.
    for (let i = 0; i < 3; i++) await (await fetch(BASE + route(), { headers })).arrayBuffer();
    let cpu = groupCpuMs(server);
    const one = await cell(BASE, route, 1, headers);
    const cpuOne = one.count ? (groupCpuMs(server) - cpu) / one.count : NaN;
    cpu = groupCpuMs(server);
    const many = await cell(BASE, route, 16, headers);
    const cpuMany = many.count ? (groupCpuMs(server) - cpu) / many.count : NaN;
    rows.push({ label: m.label, one, many, cpuOne, cpuMany });
    console.error(`  miss ${m.label}: ${one.rps.toFixed(1)}/s at 1, ${many.rps.toFixed(1)}/s at 16`);
  }
  return rows;
}

async function benchDataSet(set: DataSet): Promise<string[]> {
  const dbPath = join(DATA_DIR, `${set.axis}-${set.n}.db`);
  const t = performance.now();
  const counts = buildBenchDatabase(dbPath, set.axis, set.n);
  const label = `${set.n}× ${set.n === 1 ? '' : set.axis + ' '}(${counts.actors} actors, ${counts.documents} documents)`;
  console.error(`# ${label}: database ready in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const loadStart = loadavg()[0]!;
  const server = startApp(dbPath, APP);
  let limit: ReturnType<typeof startLimit> | null = null;
  try {
    await waitReady(server, BASE + '/method');
    // The limit's bodies: this server's own /compare HTML and largest chunk, gzipped once at the best level.
    const limitDir = join(DATA_DIR, `limit-${set.axis}-${set.n}`);
    mkdirSync(limitDir, { recursive: true });
    const html = Buffer.from(await (await fetch(BASE + '/compare')).arrayBuffer());
    const chunk = await largestChunk(BASE, html.toString('utf8'));
    writeFileSync(join(limitDir, 'compare.gz'), gzipBest(html));
    writeFileSync(join(limitDir, 'chunk.gz'), gzipBest(chunk.body));
    const manifest = [
      { path: '/compare', file: join(limitDir, 'compare.gz'), type: 'text/html; charset=utf-8' },
      { path: chunk.path, file: join(limitDir, 'chunk.gz'), type: 'application/javascript; charset=utf-8' },
    ];
    writeFileSync(join(limitDir, 'manifest.json'), JSON.stringify(manifest));
    limit = startLimit(LIMIT_PORT, join(limitDir, 'manifest.json'));
    await waitReady(limit, LIMIT_BASE + '/compare');

    const limitCompare = [await cell(LIMIT_BASE, '/compare', 16)];
    const limitChunk = [await cell(LIMIT_BASE, chunk.path, 16)];
    const missRows = await misses(server, dbPath);
    // Each warm cell right after a limit cell: the other users' load drifts within a set, so each ratio is taken
    // against the limit measured next to it.
    const warm: WarmRow[] = [];
    for (const route of WARM_ROUTES) {
      // The first request of a URL fills the cache; load is measured after it.
      await (await fetch(BASE + route, { headers: HEADERS })).arrayBuffer();
      const limitNow = await cell(LIMIT_BASE, '/compare', 16);
      warm.push({ label: route, many: await cell(BASE, route, 16), limit: limitNow.rps });
    }
    const chunkLimitNow = await cell(LIMIT_BASE, chunk.path, 16);
    const appChunk = await cell(BASE, chunk.path, 16);
    await (await fetch(BASE + '/icon.svg', { headers: HEADERS })).arrayBuffer();
    const icon = await cell(BASE, '/icon.svg', 16);
    limitCompare.push(await cell(LIMIT_BASE, '/compare', 16));
    limitChunk.push(await cell(LIMIT_BASE, chunk.path, 16));
    const mapGzip = await encodedSize(BASE + '/map', 'gzip');
    const mapBr = await encodedSize(BASE + '/map', 'br');
    const loadEnd = loadavg()[0]!;

    const lines = [`### ${label}`, '', `Load average (1 min) at start / end of this set: ${loadStart.toFixed(1)} / ${loadEnd.toFixed(1)}.`, ''];
    lines.push('Limit and static files (16 connections; the limit is a raw Node server answering pre-gzipped bytes from memory):', '');
    lines.push(
      ...limitTable([
        { label: 'limit: `/compare` (start of the set)', many: limitCompare[0]!, limit: limitCompare[0]!.rps },
        { label: 'limit: `/compare` (end of the set)', many: limitCompare[1]!, limit: limitCompare[0]!.rps },
        { label: `limit: \`${chunk.path}\` (start)`, many: limitChunk[0]!, limit: limitChunk[0]!.rps },
        { label: 'limit: the same chunk (end)', many: limitChunk[1]!, limit: limitChunk[0]!.rps },
        { label: 'limit: the same chunk (just before ours)', many: chunkLimitNow, limit: chunkLimitNow.rps },
        { label: 'our server: the same chunk', many: appChunk, limit: chunkLimitNow.rps },
        { label: 'our server: `/icon.svg`', many: icon, limit: chunkLimitNow.rps },
      ]),
      '',
    );
    lines.push('Cache misses (a new as-of date per request; a cookie for pages without a date):', '', ...missTable(missRows), '');
    lines.push('Warm pages (16 connections), each as a ratio to the `/compare` limit measured just before it:', '', ...warmTable(warm), '');
    // The page carries its nonce, so it is gzip only (or plain): brotli is reported as not served rather than as a size.
    lines.push(`\`/map\` HTML: ${sizeText(mapGzip, 'gzip')}; ${sizeText(mapBr, 'br')}.`, '');
    lines.push(...checkTable(checks(set, missRows, warm, mapGzip.encoding === 'gzip' ? mapGzip.bytes : NaN, appChunk.rps / chunkLimitNow.rps)), '');
    return lines;
  } finally {
    if (limit) await stopServer(limit);
    await stopServer(server);
  }
}

function checks(set: DataSet, missRows: MissRow[], warm: WarmRow[], mapGzip: number, chunkRatio: number): Check[] {
  const compare = missRows[0]!;
  const api = missRows[1]!;
  const worst = warm.reduce((a, b) => (b.many.rps / b.limit < a.many.rps / a.limit ? b : a));
  const out: Check[] = [];
  if (set.n === 1) {
    out.push(
      { what: '`/compare` miss, 16 connections', target: '≥ 100 renders/s', measured: `${compare.many.rps.toFixed(0)}/s`, met: compare.many.rps >= 100 },
      { what: '`/compare` miss p95, one connection', target: '≤ 50 ms', measured: `${ms(compare.one.p95)} ms`, met: compare.one.p95 <= 50 },
      { what: '`/compare` miss, server CPU', target: '≤ 10 ms', measured: `${ms(compare.cpuOne)} ms`, met: compare.cpuOne <= 10 },
      { what: '`/api/v1/compare` miss, 16 connections', target: '≥ 300/s', measured: `${api.many.rps.toFixed(0)}/s`, met: api.many.rps >= 300 },
      { what: '`/api/v1/compare` miss, server CPU', target: '≤ 3 ms', measured: `${ms(api.cpuOne)} ms`, met: api.cpuOne <= 3 },
    );
    // The same targets for new dates of one as-of class: what the templates do, apart from the first two renders.
    const [compareFilled, apiFilled] = [missRows[2]!, missRows[3]!];
    out.push(
      {
        what: 'filled `/compare`, 16 connections',
        target: '≥ 100 renders/s',
        measured: `${compareFilled.many.rps.toFixed(0)}/s`,
        met: compareFilled.many.rps >= 100,
      },
      { what: 'filled `/compare` p95, one connection', target: '≤ 50 ms', measured: `${ms(compareFilled.one.p95)} ms`, met: compareFilled.one.p95 <= 50 },
      { what: 'filled `/compare`, server CPU', target: '≤ 10 ms', measured: `${ms(compareFilled.cpuOne)} ms`, met: compareFilled.cpuOne <= 10 },
      { what: 'filled `/api/v1/compare`, 16 connections', target: '≥ 300/s', measured: `${apiFilled.many.rps.toFixed(0)}/s`, met: apiFilled.many.rps >= 300 },
      { what: 'filled `/api/v1/compare`, server CPU', target: '≤ 3 ms', measured: `${ms(apiFilled.cpuOne)} ms`, met: apiFilled.cpuOne <= 3 },
    );
  } else {
    out.push({ what: '`/compare` miss p95, one connection', target: '≤ 150 ms at 100×', measured: `${ms(compare.one.p95)} ms`, met: compare.one.p95 <= 150 });
  }
  out.push(
    {
      what: 'every public page warm (worst)',
      target: '≥ 0.5× limit',
      measured: `${times(worst.many.rps / worst.limit)} (\`${worst.label}\`)`,
      met: worst.many.rps / worst.limit >= 0.5,
    },
    {
      what: '`/map` HTML gzipped',
      target: '≤ 40 KB',
      measured: Number.isNaN(mapGzip) ? 'not served gzipped' : `${(mapGzip / 1024).toFixed(1)} KB`,
      met: mapGzip <= 40 * 1024,
    },
    { what: '`/_next/static` chunk', target: '≥ 0.5× limit', measured: times(chunkRatio), met: chunkRatio >= 0.5 },
  );
  return out;
}

async function main(): Promise<void> {
  const started = new Date();
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ${started.toISOString().slice(0, 16)} UTC; ` +
      `${SECONDS} s per cell; app: ${APP.appDir} (${APP.distDir})${QUICK ? '; quick mode' : ''}.\n`,
  );
  // Each set's tables as soon as they are measured: a long run interrupted keeps what it has.
  for (const set of dataSets()) console.log((await benchDataSet(set)).join('\n'));
  if (!process.env.BENCH_DATA_DIR) rmSync(DATA_DIR, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
