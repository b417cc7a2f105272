/**
 * Where a cache miss goes: starts the production server (scripts/serve.ts) on a benchmark database with V8's CPU
 * profiler preloaded (scripts/bench-profile-preload.mjs), and for each route sends warm-up misses, then profiles
 * PROFILE_REQUESTS sequential misses (a new as-of date per request, or a cookie for pages without a date) and prints
 * flame-graph tables per request (scripts/bench-profile-summary.ts), written up in docs/benchmarks.md.
 *
 *   npm run bench:profile                                        # 1×, every route below
 *   PROFILE_SET=documents:100 PROFILE_ROUTES=/compare npm run bench:profile
 *   PROFILE_ROUTES='/compare (filled)' npm run bench:profile                # new dates the page cache fills
 *
 * Settings: PROFILE_SET (default 1), PROFILE_ROUTES (comma-separated paths from the list below), PROFILE_REQUESTS
 * (default 40), PROFILE_KEEP=1 (keep the .cpuprofile files, for Chrome DevTools or speedscope), and BENCH_PORT,
 * BENCH_DATA_DIR, BENCH_APP_DIR, BENCH_DIST_DIR as for bench:http.
 */
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBenchDatabase, type Axis } from './bench-data';
import { classDates, freshDates } from './bench-http-load';
import { groupCpuMs, startApp, stopServer, waitReady } from './bench-http-servers';
import { busyMs, summarise, summaryTables, type CpuProfile } from './bench-profile-summary';

const PORT = Number(process.env.BENCH_PORT || 3207);
const APP = { appDir: resolve(process.env.BENCH_APP_DIR || process.cwd()), distDir: process.env.BENCH_DIST_DIR || '.next', port: PORT };
const DATA_DIR = resolve(process.env.BENCH_DATA_DIR || mkdtempSync(join(tmpdir(), 'bench-http-')));
const OUT_DIR = mkdtempSync(join(tmpdir(), 'bench-profile-'));
const REQUESTS = Number(process.env.PROFILE_REQUESTS || 40);
const BASE = `http://127.0.0.1:${PORT}`;
const HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

const ROUTES: Record<string, { path: (date: string) => string; cookie?: boolean; oneClass?: boolean }> = {
  '/compare': { path: (d) => `/compare?asOf=${d}` },
  '/api/v1/compare': { path: (d) => `/api/v1/compare?format=json&asOf=${d}` },
  // Days of one as-of class: after the warm-up's two checking renders, each request is filled from the template.
  '/compare (filled)': { path: (d) => `/compare?asOf=${d}`, oneClass: true },
  '/api/v1/compare (filled)': { path: (d) => `/api/v1/compare?format=json&asOf=${d}`, oneClass: true },
  '/map': { path: (d) => `/map?asOf=${d}` },
  '/timeline': { path: () => '/timeline', cookie: true },
  '/changes': { path: () => '/changes', cookie: true },
  '/dimensions/knowledge': { path: () => '/dimensions/knowledge', cookie: true },
  '/actors/denmark': { path: () => '/actors/denmark', cookie: true },
  '/method': { path: () => '/method', cookie: true },
};

const signal = (pid: number) => process.kill(-pid, 'SIGUSR2');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const [axis, n] = (process.env.PROFILE_SET || '1').includes(':') ? process.env.PROFILE_SET!.split(':') : ['documents', process.env.PROFILE_SET || '1'];
  const dbPath = join(DATA_DIR, `${axis}-${n}.db`);
  const counts = buildBenchDatabase(dbPath, axis as Axis, Number(n));
  const routes = (process.env.PROFILE_ROUTES || Object.keys(ROUTES).join(',')).split(',');
  const preload = pathToFileURL(resolve('scripts/bench-profile-preload.mjs')).href;
  const server = startApp(dbPath, APP, {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(),
    BENCH_PROFILE_OUT: join(OUT_DIR, 'profile'),
  });
  console.log(
    `Profiles of cache misses, ${n}× ${axis} (${counts.actors} actors, ${counts.documents} documents); ${REQUESTS} requests each; app ${APP.appDir}.\n`,
  );
  try {
    await waitReady(server, BASE + '/method');
    for (const route of routes) {
      const r = ROUTES[route];
      if (!r) throw new Error(`unknown route ${route}; one of ${Object.keys(ROUTES).join(', ')}`);
      const oneClass = r.oneClass ? classDates(dbPath) : null;
      const next = oneClass ? () => oneClass().date : freshDates();
      const headers = r.cookie ? { ...HEADERS, cookie: 'bench=miss' } : HEADERS;
      const fetched = async () => {
        const res = await fetch(BASE + r.path(next()), { headers });
        await res.arrayBuffer();
        return res.headers.get('x-cache');
      };
      const get = async () => void (await fetched());
      for (let i = 0; i < 10; i++) await get();
      // Days of one class: on until the first fill (the checking renders may take a third day, or more).
      for (let i = 0; r.oneClass && (await fetched()) !== 'FILL'; i++) if (i > 40) throw new Error(`${route}: no fill after 50 days of one class`);
      const load = loadavg()[0]!;
      const before = new Set(readdirSync(OUT_DIR));
      signal(server.pid!);
      await pause(300);
      const cpu = groupCpuMs(server);
      const started = performance.now();
      for (let i = 0; i < REQUESTS; i++) await get();
      const wall = (performance.now() - started) / REQUESTS;
      const cpuPerRequest = (groupCpuMs(server) - cpu) / REQUESTS;
      signal(server.pid!);
      // Both processes of the group write a profile; the server's is large and may take a while on a busy machine.
      const deadline = Date.now() + 60_000;
      let fresh: string[] = [];
      while (Date.now() < deadline) {
        await pause(500);
        fresh = readdirSync(OUT_DIR).filter((f) => !before.has(f));
        if (fresh.length >= 2) break;
      }
      await pause(500);
      // The server's profile is the one with the most time not idle (the tsx parent only waits).
      const profiles = fresh.map((f) => JSON.parse(readFileSync(join(OUT_DIR, f), 'utf8')) as CpuProfile).sort((a, b) => busyMs(b) - busyMs(a));
      if (!profiles[0]) throw new Error('no profile was written');
      const title = `\`${route}\` miss (wall ${wall.toFixed(1)} ms, process CPU ${cpuPerRequest.toFixed(1)} ms per request incl. compression threads; load ${load.toFixed(1)})`;
      console.log(summaryTables(title, summarise(profiles[0], REQUESTS)).join('\n'));
    }
  } finally {
    await stopServer(server);
    if (process.env.PROFILE_KEEP === '1') console.error(`profiles kept in ${OUT_DIR}`);
    else rmSync(OUT_DIR, { recursive: true, force: true });
    if (!process.env.BENCH_DATA_DIR) rmSync(DATA_DIR, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
