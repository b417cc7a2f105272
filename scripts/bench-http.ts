/**
 * npm run bench:http — load benchmark of the production build over HTTP (autocannon), written up in
 * docs/benchmarks.md. For each database (1×, then 10× and 100× along the documents and the actors axes; see
 * scripts/bench-data.ts) it starts the production server, times cache misses (requests that bypass the page cache,
 * so Next.js renders them: the first after start, then the median of 9 after 3 untimed renders), then loads each route with 1 and 16 connections and reports p50/p95/p99 and req/s, each
 * as a ratio to a static file (/icon.svg) served by the same server in the same run.
 *
 * Settings (environment): BENCH_QUICK=1 (1× and 10× documents, 2 s per cell), BENCH_SECONDS (per cell, default 5),
 * BENCH_SETS (e.g. "1,documents:100,actors:100"), BENCH_PORT (default 3207), BENCH_DATA_DIR (reuse databases between
 * runs), BENCH_APP_DIR (serve another checkout's build, e.g. the "before" commit; it must be built already),
 * BENCH_DIST_DIR (the build folder in it, default .next; .next-e2e reuses the browser tests' build).
 * Numbers are for the notes, never assertions: the machine is shared, so compare ratios measured in the same run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { buildBenchDatabase, type Axis } from './bench-data';

const QUICK = process.env.BENCH_QUICK === '1';
const SECONDS = Number(process.env.BENCH_SECONDS || (QUICK ? 2 : 5));
const PORT = Number(process.env.BENCH_PORT || 3207);
const APP_DIR = resolve(process.env.BENCH_APP_DIR || process.cwd());
/** The build to serve, inside APP_DIR (e.g. .next-e2e to reuse the browser tests' build). */
const DIST_DIR = process.env.BENCH_DIST_DIR || '.next';
// Absolute: the server runs in APP_DIR.
const DATA_DIR = resolve(process.env.BENCH_DATA_DIR || mkdtempSync(join(tmpdir(), 'bench-http-')));
const BASE = `http://127.0.0.1:${PORT}`;
/** What a browser sends: the server may answer compressed. */
const HEADERS = { 'accept-encoding': 'gzip, deflate, br' };
/** Any cookie makes the page cache step aside (server/cache/cache-policy.ts): a true render, i.e. a cache miss. */
const BYPASS = { ...HEADERS, cookie: 'bench=miss' };

const STATIC_ROUTE = '/icon.svg';
const STATIC_COMPARE = '/bench-static/compare.html';
const ROUTES = ['/', '/compare', '/timeline', '/changes', '/map', '/actors', '/dimensions/knowledge', '/actors/denmark', '/api/v1/compare?format=json'];
const MISS_ROUTES = ['/compare', '/timeline', '/changes', '/api/v1/compare?format=json'];

type DataSet = { axis: Axis; n: number };

function dataSets(): DataSet[] {
  const spec = process.env.BENCH_SETS || (QUICK ? '1,documents:10' : '1,documents:10,documents:100,actors:10,actors:100');
  return spec.split(',').map((s) => {
    const [axis, n] = s.includes(':') ? s.split(':') : ['documents', s];
    return { axis: axis as Axis, n: Number(n) };
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type Load = { p50: number; p95: number; p99: number; rps: number; count: number; errors: number; kb: number };

/** One autocannon cell; latencies are taken per response (autocannon's own histogram rounds to whole ms). */
async function load(path: string, connections: number): Promise<Load> {
  const samples: number[] = [];
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: BASE + path, connections, duration: SECONDS, headers: HEADERS, timeout: 20 }, (error, r) =>
      error ? reject(error) : resolve(r),
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

/**
 * Median of sequential renders that bypass the cache, after WARM_RENDERS untimed ones: a miss in a server that has
 * been running (after a publish) meets compiled code, whereas the first renders after a start also pay for the JIT.
 * The first render's time is reported apart (`first`). A render slower than 5 s is timed once: the point is made,
 * and the run stays within minutes.
 */
const WARM_RENDERS = 3;
async function missTime(path: string, runs: number): Promise<{ median: number; first: number; kb: number }> {
  const times: number[] = [];
  let kb = 0;
  let first = NaN;
  for (let i = 0; i < WARM_RENDERS + runs; i++) {
    const t = performance.now();
    const res = await fetch(BASE + path, { headers: BYPASS });
    const body = await res.arrayBuffer();
    const took = performance.now() - t;
    if (i === 0) first = took;
    if (i >= WARM_RENDERS) times.push(took);
    kb = body.byteLength / 1024;
    if (took > 5000) {
      if (times.length === 0) times.push(took);
      break;
    }
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), first, kb };
}

function startServer(dbPath: string): ChildProcess {
  // The production server as `npm run serve` starts it (scripts/serve.ts). A checkout without its own node_modules
  // (a "before" copy) resolves packages from this one's.
  const tsx = [APP_DIR, process.cwd()].map((d) => join(d, 'node_modules', '.bin', 'tsx')).find((p) => existsSync(p))!;
  return spawn(tsx, ['scripts/serve.ts'], {
    cwd: APP_DIR,
    env: {
      ...process.env,
      DATABASE_URL: dbPath,
      PORT: String(PORT),
      LISTEN_HOST: '127.0.0.1',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: DIST_DIR,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
}

async function waitReady(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(BASE + '/method')).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('server did not start in 90 s');
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return;
  const exited = new Promise((r) => server.once('exit', r));
  process.kill(-server.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
}

const ms = (x: number) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(0));
const ratio = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : x.toFixed(0)}×` : '—');

async function benchDataSet(set: DataSet): Promise<string[]> {
  const dbPath = join(DATA_DIR, `${set.axis}-${set.n}.db`);
  const t = performance.now();
  const counts = buildBenchDatabase(dbPath, set.axis, set.n);
  const label = `${set.n}× ${set.n === 1 ? '' : set.axis + ' '}(${counts.actors} actors, ${counts.documents} documents)`;
  console.error(`# ${label}: database ready in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // The same /compare HTML as a static file, so "/compare vs static" compares like with like (only for 1×: the
  // public folder is read when the server starts, so it needs one restart).
  const publicDir = join(APP_DIR, 'public', 'bench-static');
  const loadStart = loadavg()[0]!;
  let server = startServer(dbPath);
  const lines: string[] = [];
  try {
    await waitReady(server);
    const withCompareCopy = set.n === 1;
    if (withCompareCopy) {
      const html = await (await fetch(BASE + '/compare')).text();
      await stopServer(server);
      mkdirSync(publicDir, { recursive: true });
      writeFileSync(join(publicDir, 'compare.html'), html);
      server = startServer(dbPath);
      await waitReady(server);
    }
    const misses = new Map<string, { median: number; first: number; kb: number }>();
    for (const route of MISS_ROUTES) {
      // A route that fails (the server drops a huge response) is reported as such, and the run goes on.
      misses.set(
        route,
        await missTime(route, QUICK ? 3 : 9).catch((e: unknown) => (console.error(`  ${route}: ${String(e)}`), { median: NaN, first: NaN, kb: 0 })),
      );
    }

    const routes = [STATIC_ROUTE, ...(withCompareCopy ? [STATIC_COMPARE] : []), ...ROUTES];
    const results = new Map<string, { one: Load; many: Load }>();
    for (const route of routes) {
      // Warm: the first request of a URL fills the cache (and Node's JIT); load is measured after it.
      await fetch(BASE + route, { headers: HEADERS })
        .then((r) => r.arrayBuffer())
        .catch((e: unknown) => console.error(`  ${route} warm-up: ${String(e)}`));
      results.set(route, { one: await load(route, 1), many: await load(route, 16) });
      console.error(`  ${route}: ${results.get(route)!.many.rps.toFixed(0)} req/s at 16`);
    }
    const base = results.get(STATIC_ROUTE)!;
    // The machine is shared: the load average says how much the absolute figures are worth (ratios are same-run).
    lines.push(`### ${label}`, '', `Load average (1 min) at start / end of this set: ${loadStart.toFixed(1)} / ${loadavg()[0]!.toFixed(1)}.`, '');
    lines.push(
      '| route | miss (1 client; first after start) | 1 conn p50 / p99 | 16 conns p50 / p95 / p99 | req/s at 16 | p95 ÷ static | static req/s ÷ route | KB/resp | errors |',
    );
    lines.push('|---|---|---|---|---|---|---|---|---|');
    for (const route of routes) {
      const { one, many } = results.get(route)!;
      const miss = misses.get(route);
      const noneDone = many.count === 0;
      lines.push(
        `| \`${route}\`${route === STATIC_ROUTE ? ' (static)' : route === STATIC_COMPARE ? ' (static copy of /compare)' : ''} | ${miss ? `${ms(miss.median)} ms (${ms(miss.first)})` : '—'} | ${ms(one.p50)} / ${ms(one.p99)} ms | ${noneDone ? `no request completed in ${SECONDS} s` : `${ms(many.p50)} / ${ms(many.p95)} / ${ms(many.p99)} ms`} | ${many.rps.toFixed(1)} | ${ratio(many.p95 / base.many.p95)} | ${ratio(base.many.rps / many.rps)} | ${many.kb.toFixed(1)} | ${one.errors + many.errors} |`,
      );
    }
    lines.push('');
  } finally {
    await stopServer(server);
    rmSync(join(APP_DIR, 'public', 'bench-static'), { recursive: true, force: true });
  }
  return lines;
}

async function main(): Promise<void> {
  const started = new Date();
  const out: string[] = [
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ${started.toISOString().slice(0, 16)} UTC; ` +
      `${SECONDS} s per cell; app: ${APP_DIR}${QUICK ? '; quick mode' : ''}.`,
    '',
  ];
  console.log(out.join('\n'));
  // Each set's table as soon as it is measured: a long run interrupted keeps what it has.
  for (const set of dataSets()) console.log((await benchDataSet(set)).join('\n'));
  if (!process.env.BENCH_DATA_DIR) rmSync(DATA_DIR, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
