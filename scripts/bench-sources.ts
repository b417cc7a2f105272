/**
 * npm run bench:sources — stored sources (issue 21, item 8), three numbers with the machine's load:
 *   1. text extraction of a 50-page PDF (server/sources/prepare-source.ts: detection, pdf.js, checks);
 *   2. FTS query time, p50/p95, over 500 stored sources of 30 pages (db/queries/sources.ts#searchSourceTexts, the
 *      query /search runs: match, BM25 order, snippet, joins);
 *   3. the reading view of a 50-page source (and the desk's, beside the coding form: its read and its size): its loader in process (all pages read, the quote found and highlighted),
 *      and the whole page over HTTP from the production server (scripts/serve.ts on a build: `npm run build` first,
 *      or BENCH_DIST_DIR=.next-e2e after the browser tests; BENCH_PORT, default 3207).
 * Prints a Markdown table for docs/benchmarks.md. Databases are temporary files. Run with the react-server condition.
 */
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { makePdf } from './sources/pdf-writer';

const dir = mkdtempSync(join(tmpdir(), 'bench-sources-'));
process.env.DATABASE_URL = join(dir, 'bench.db'); // read once by db/env.ts, so set before the imports below

const WORDS = (
  'state states territory due diligence obligation cyber operation operations harm prevent knowledge knowingly ' +
  'capacity measures international law sovereignty infrastructure responsibility attribution serious adverse ' +
  'consequences reasonable feasible monitor network networks incident response cooperation assistance norm norms ' +
  'voluntary binding principle principles united nations general assembly group experts open ended working ' +
  'security information communications technologies critical services transit jurisdiction control conduct result'
).split(' ');

/** A deterministic pseudo-random generator (mulberry32), so every run benchmarks the same text. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The domain words first (the most frequent), then 5,000 made-up words: a skewed vocabulary like real prose. */
const VOCABULARY = [...WORDS, ...Array.from({ length: 5_000 }, (_, i) => `w${(i * 7919).toString(36)}`)];

/** A page of ~45 lines of ~70 characters (a printed page of a position paper); word i drawn with weight ~ 1/i. */
function pageLines(random: () => number, lines = 45): string[] {
  return Array.from({ length: lines }, () => {
    let line = '';
    while (line.length < 70) line += `${VOCABULARY[Math.floor(VOCABULARY.length * random() ** 3)]} `;
    return line.trim();
  });
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

async function timed<T>(fn: () => Promise<T> | T, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

async function main() {
  const { connect } = await import('@/db/connect');
  const { migrateDatabase } = await import('@/db/migrate');
  const { importSeed } = await import('@/db/write/import');
  const { attachSourceFromCommandLine } = await import('@/db/write/sources');
  const { searchSourceTexts } = await import('@/db/queries/sources');
  const { readView } = await import('@/db/client');
  const { prepareSource } = await import('@/server/sources/prepare-source');
  const { loadSourceView } = await import('@/server/views/source');
  const { readSourceWorkbench } = await import('@/server/sources/workbench');
  const { SOURCE_ADD_WRITER } = await import('./source-add');

  const loadStart = loadavg()[0]!;
  const random = rng(21);
  const rows: string[][] = [];

  // 1. Extraction of a 50-page PDF.
  const quote = 'the territorial State must take feasible measures within its capacity once it knew or should have known';
  const fiftyPages = Array.from({ length: 50 }, (_, i) => (i === 41 ? [...pageLines(random, 40), quote] : pageLines(random)));
  const pdf = makePdf(fiftyPages);
  const first = await timed(() => prepareSource(pdf, 'fifty.pdf'), 1);
  const extraction = await timed(() => prepareSource(pdf, 'fifty.pdf'), 5);
  rows.push([
    `Text extraction, 50-page PDF (${(pdf.length / 1024).toFixed(0)} KB)`,
    `first ${ms(first[0]!)}; then median ${ms(pct(extraction, 50))}, max ${ms(Math.max(...extraction))} (5 runs)`,
  ]);

  // 2. 500 stored sources of 30 pages, then the /search query.
  const db = connect(process.env.DATABASE_URL!);
  migrateDatabase(db);
  const actors = Array.from({ length: 50 }, (_, a) => ({
    slug: `state-${a}`,
    name: `State ${a}`,
    kind: 'state' as const,
    iso3: `S${String.fromCharCode(65 + (a % 26))}${String.fromCharCode(65 + Math.floor(a / 26))}`,
    region: 'Europe',
    subregion: null,
    un_regional_group: 'WEOG',
    memberships: [],
    documents: Array.from({ length: 10 }, (_, d) => ({
      id: `state-${a}--doc-${d}`,
      title: `Position ${d} of State ${a}`,
      title_original: null,
      date: `20${10 + d}-06`,
      type: 'position_paper' as const,
      venue: 'Ministry',
      url: null,
      archive_url: null,
      language: null,
      authors: [`state-${a}`],
      summary: 'Summary.',
      quote: null,
      quote_locator: null,
      quote_role: null,
      confidence: null,
      coding_confidence: {},
      notes: null,
      verified_from: [],
      codings: {},
      not_coded: [],
    })),
  }));
  const meta = { dataset_version: 'bench', converted_on: '2026-01-01', source: 'bench', codebook_version: '1.1.0' };
  importSeed({ db, by: { userId: null, role: 'system', label: 'import:bench' }, why: 'import of bench', source: 'bench' }, {
    actors,
    literature: [],
    meta,
  } as never);
  const tiny = await prepareSource(makePdf([['x'.repeat(30)]]), 'x.pdf');
  const loadT = performance.now();
  for (const a of actors) {
    for (const d of a.documents) {
      const units = Array.from({ length: 30 }, (_, i) => ({ seq: i + 1, label: null, firstParagraph: null, text: pageLines(random).join('\n') }));
      const file = { ...tiny, bytes: makePdf([[d.id]]), extracted: { ...tiny.extracted, units } };
      attachSourceFromCommandLine(
        { db, by: SOURCE_ADD_WRITER, why: 'bench' },
        {
          documentSlug: d.id,
          file,
          metadata: { originalUrl: null, obtainedOn: '2026-01-01', redistribution: null },
        },
      );
    }
  }
  const storeMs = performance.now() - loadT;
  db.$client.close();
  // Frequent words (on most pages), rarer ones, phrases, a prefix, and a word on no page.
  const queries = [
    'state',
    'diligence',
    'sovereignty',
    'transit',
    '"serious adverse"',
    '"due diligence"',
    'feasible measures',
    VOCABULARY[2000]!,
    VOCABULARY[4000]!,
    'norm*',
    'zzzz',
  ];
  for (const q of queries) await readView(() => searchSourceTexts(q)); // warm the page cache of SQLite
  const samples: number[] = [];
  for (let round = 0; round < 10; round++) for (const q of queries) samples.push(...(await timed(() => readView(() => searchSourceTexts(q)), 1)));
  rows.push([`Storing 500 sources × 30 pages (FTS index included)`, `${(storeMs / 1000).toFixed(1)} s in total, ${ms(storeMs / 500)} a source`]);
  rows.push([
    `/search query over 500 sources × 30 pages (15,000 pages), ${queries.length} queries × 10`,
    `p50 ${ms(pct(samples, 50))}, p95 ${ms(pct(samples, 95))}, max ${ms(Math.max(...samples))}`,
  ]);

  // 3. The reading view of a 50-page source, the quote on page 42.
  const conn = connect(process.env.DATABASE_URL!);
  const doc = 'state-0--doc-0';
  const prepared = await prepareSource(pdf, 'fifty.pdf');
  attachSourceFromCommandLine(
    { db: conn, by: SOURCE_ADD_WRITER, why: 'bench' },
    {
      documentSlug: doc,
      file: prepared,
      metadata: { originalUrl: null, obtainedOn: '2026-01-01', redistribution: null },
    },
  );
  const docId = (conn.$client.prepare('SELECT id FROM documents WHERE slug = ?').get(doc) as { id: number }).id;
  conn.$client.prepare("INSERT INTO passages (document_id, quote, locator, role) VALUES (?, ?, 'p. 42', 'due_diligence')").run(docId, quote);
  const passage = (conn.$client.prepare('SELECT id FROM passages WHERE document_id = ?').get(docId) as { id: number }).id;
  conn.$client.close();
  const load = async () => {
    const view = await loadSourceView(doc, { passage: String(passage), x: String(Math.random()) });
    if (!view?.source || !('unit' in view) || view.unit.seq !== 42) throw new Error('the quote was not found on page 42');
  };
  const loads = await timed(load, 30);
  rows.push([
    'Reading view of a 50-page source, loader only (50 pages read, quote found on p. 42, page 42 cut into marks)',
    `p50 ${ms(pct(loads, 50))}, p95 ${ms(pct(loads, 95))} (30 runs)`,
  ]);
  // The desk's reading view beside the coding form: every page's text and every cue-phrase hit go to the browser once.
  let workbenchBytes = 0;
  const desk = await timed(async () => {
    const w = await readView(() => readSourceWorkbench(doc));
    workbenchBytes = Buffer.byteLength(JSON.stringify(w));
  }, 30);
  rows.push([
    'Desk reading view of a 50-page source, its read (50 pages, cue-phrase hits of every dimension)',
    `p50 ${ms(pct(desk, 50))}, p95 ${ms(pct(desk, 95))} (30 runs); ${Math.round(workbenchBytes / 1024)} KB as JSON before compression`,
  ]);
  const http = await timeOverHttp(`/sources/${doc}?passage=${passage}`);
  rows.push(['Reading view of a 50-page source, whole page over HTTP (production server, not cached)', http]);

  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average (1 min) at start / end: ${loadStart.toFixed(1)} / ${loadavg()[0]!.toFixed(1)}\n`,
  );
  console.log('| what | time |\n| --- | --- |');
  for (const [what, t] of rows) console.log(`| ${what} | ${t} |`);
}

/** GET `path` 30 times (after 3 untimed) from a production server started here on the bench database. */
async function timeOverHttp(path: string): Promise<string> {
  const distDir = process.env.BENCH_DIST_DIR || '.next';
  if (!existsSync(join(distDir, 'BUILD_ID'))) return `not measured: no build in ${distDir} (run npm run build, or set BENCH_DIST_DIR)`;
  const port = Number(process.env.BENCH_PORT || 3207);
  const server = spawn('npx', ['tsx', 'scripts/serve.ts'], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir, PORT: String(port), LISTEN_HOST: '127.0.0.1', PAGE_CACHE_MB: '0' },
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      if (i > 240) throw new Error('the server did not start within 2 minutes');
      const up = await fetch(`${base}/method`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const get = async () => {
      const res = await fetch(`${base}${path}&r=${Math.random()}`);
      const html = await res.text();
      if (res.status !== 200 || !html.includes('source-quote')) throw new Error(`GET ${path}: ${res.status}, no highlighted quote`);
    };
    await timed(get, 3);
    const samples = await timed(get, 30);
    return `p50 ${ms(pct(samples, 50))}, p95 ${ms(pct(samples, 95))} (30 requests)`;
  } finally {
    // The server and the Next.js process it started: their own process group, started here.
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
