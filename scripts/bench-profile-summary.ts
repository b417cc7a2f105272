/**
 * Reads a V8 CPU profile of the production server (scripts/bench-profile.ts) back to source: the server's bundles and
 * Next.js's runtime are minified, so every frame is mapped through its source map (Node's own `SourceMap`) to the
 * original file and function. Summarised as flame-graph tables per request: where the time is spent (self time, by
 * kind of work and by file) and what it is spent under (inclusive time by file: a loader's line includes the queries
 * it runs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';

const APP_DIR = process.cwd();

type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: Frame; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

type Place = { kind: string; file: string; name: string };

const maps = new Map<string, SourceMap | null>();

function sourceMapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    const mapPath = `${path}.map`;
    maps.set(url, existsSync(mapPath) ? new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8'))) : null);
  }
  return maps.get(url)!;
}

/**
 * The original file of a mapped frame, as a path relative to the app (`lib/domain/as-of.ts`), or `<package>/<file>`
 * for dependencies. Source maps name files relative to the bundle (`../../../../db/queries/x.ts`), with a bundler
 * scheme (`turbopack:///[project]/…`), or inside Next.js's own build (`webpack://next/…`).
 */
function originalFile(fileName: string, generatedUrl: string): string {
  if (fileName.startsWith('webpack://next/')) return `next/${fileName.slice('webpack://next/'.length).replace(/^\.\//, '')}`;
  const project = /^turbopack:\/\/\/\[project\]\/(.*)$/.exec(fileName);
  if (project) return project[1]!;
  if (fileName.startsWith('turbopack://')) return 'next/turbopack-runtime';
  const generated = generatedUrl.startsWith('file://') ? fileURLToPath(generatedUrl) : generatedUrl;
  const absolute = resolvePath(dirname(generated), fileName);
  const inModules = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(absolute);
  if (inModules) return `${inModules[1]}/${inModules[2]}`;
  return relative(APP_DIR, absolute);
}

/** What kind of work a source file does, for the first table. */
function kindOf(file: string): string {
  if (/react-server-dom-[^/]+\/cjs\/[^/]*server/.test(file)) return 'React: Flight (RSC payload) render and serialisation';
  if (/react-server-dom-[^/]+\/cjs\/[^/]*client/.test(file)) return 'React: Flight payload read back for SSR';
  if (/react-dom\/cjs\/react-dom-server/.test(file)) return 'React: SSR to HTML (Fizz)';
  if (/compiled\/react/.test(file)) return 'React: other';
  if (/^next\//.test(file)) return 'Next.js';
  if (/^(app|components)\//.test(file)) return 'our code: app/ and components/ (rendering)';
  if (/^(server|db)\//.test(file)) return 'our code: server/ and db/ (loaders, queries)';
  if (/^lib\//.test(file)) return 'our code: lib/ (pure logic, links)';
  if (/^(scripts\/|proxy\.ts)/.test(file)) return 'our code: scripts/serve.ts, proxy.ts';
  return `library: ${file.startsWith('@') ? file.split('/').slice(0, 2).join('/') : file.split('/')[0]}`;
}

/** A short name for tables: the app path, or the package and file name. */
const shortFile = (file: string) => (/^(app|components|db|lib|server|scripts)\//.test(file) ? file : `${file.split('/')[0]}/…/${file.split('/').pop()}`);

function placeOf(frame: Frame): Place {
  const { functionName, url, lineNumber, columnNumber } = frame;
  if (url === '') {
    if (functionName === '(garbage collector)') return { kind: 'garbage collection', file: '(GC)', name: functionName };
    if (functionName === '(idle)' || functionName === '(root)') return { kind: '(idle)', file: '', name: functionName };
    if (functionName === '(program)') return { kind: 'V8 and native, not attributed', file: '(program)', name: functionName };
    return { kind: 'native (SQLite, zlib, crypto …)', file: '(native)', name: functionName || '(anonymous)' };
  }
  if (url.startsWith('node:')) return { kind: 'Node.js (HTTP, streams, timers, async hooks)', file: url, name: functionName };
  const map = sourceMapOf(url);
  const origin = map?.findOrigin(lineNumber + 1, columnNumber + 1) as { fileName?: string; name?: string; lineNumber?: number } | undefined;
  const file = origin?.fileName ? originalFile(origin.fileName, url) : originalFile(url.startsWith('file://') ? fileURLToPath(url) : url, '/');
  const name = `${origin?.name || functionName || '(anonymous)'}${origin?.lineNumber ? `:${origin.lineNumber}` : ''}`;
  return { kind: kindOf(file), file: shortFile(file), name };
}

export type Row = { label: string; selfMs: number; totalMs?: number };

/** Milliseconds of the profile not spent idle. */
export function busyMs(profile: CpuProfile): number {
  const idle = new Set(profile.nodes.filter((n) => ['(idle)', '(root)'].includes(n.callFrame.functionName)).map((n) => n.id));
  return profile.samples.reduce((ms, id, i) => (idle.has(id) ? ms : ms + (profile.timeDeltas[i] ?? 0) / 1000), 0);
}

/** Self and inclusive time (ms per request) by kind, by file and by function; idle time left out. */
export function summarise(profile: CpuProfile, requests: number): { busyMs: number; kinds: Row[]; files: Row[]; functions: Row[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const places = new Map(profile.nodes.map((n) => [n.id, placeOf(n.callFrame)]));
  // The profiler's own work (stopping, serialising the profile) runs under the preload's signal handler: not the app's.
  const profiler = new Set<number>();
  const mark = (id: number, under: boolean) => {
    const node = byId.get(id)!;
    const here = under || node.callFrame.url.endsWith('bench-profile-preload.mjs');
    if (here) profiler.add(id);
    for (const c of node.children ?? []) mark(c, here);
  };
  for (const n of profile.nodes) if (!parent.has(n.id)) mark(n.id, false);
  const self = { kind: new Map<string, number>(), file: new Map<string, number>(), fn: new Map<string, number>() };
  const total = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const leaf = places.get(id)!;
    if (leaf.kind === '(idle)' || profiler.has(id)) return;
    busy += us;
    add(self.kind, leaf.kind, us);
    add(self.file, leaf.file, us);
    add(self.fn, `${leaf.name} (${leaf.file})`, us);
    // Inclusive: each file on the stack once.
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const file = places.get(n)!.file;
      if (file && !seen.has(file)) {
        seen.add(file);
        add(total, file, us);
      }
      if (!byId.has(n)) break;
    }
  });
  const perRequest = (us: number) => us / 1000 / requests;
  const rows = (m: Map<string, number>, n: number): Row[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([label, us]) => ({ label, selfMs: perRequest(us) }));
  // Files by inclusive time: what runs under a file (a loader's queries, a component's links) counts for it.
  const files = [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([label, us]) => ({ label, selfMs: perRequest(self.file.get(label) ?? 0), totalMs: perRequest(us) }));
  return { busyMs: perRequest(busy), kinds: rows(self.kind, 20), files, functions: rows(self.fn, 30) };
}

export function summaryTables(title: string, s: ReturnType<typeof summarise>): string[] {
  const pct = (ms: number) => `${((ms / s.busyMs) * 100).toFixed(0)} %`;
  const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
  return [
    `#### ${title}: ${fmt(s.busyMs)} of main-thread CPU per request`,
    '',
    '| kind of work | self per request | share |',
    '|---|---|---|',
    ...s.kinds.map((r) => `| ${r.label} | ${fmt(r.selfMs)} | ${pct(r.selfMs)} |`),
    '',
    '| file (by inclusive time) | self | inclusive |',
    '|---|---|---|',
    ...s.files.map((r) => `| \`${r.label}\` | ${fmt(r.selfMs)} | ${r.totalMs === undefined ? '—' : fmt(r.totalMs)} |`),
    '',
    '| function (file) | self |',
    '|---|---|',
    ...s.functions.map((r) => `| \`${r.label.replace(/\|/g, '\\|')}\` | ${fmt(r.selfMs)} |`),
    '',
  ];
}
