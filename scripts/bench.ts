/**
 * npm run bench: times the seed load and the queries behind the foundation pages on the real dataset,
 * and on a synthetic dataset N times larger (same records under new slugs). Prints a Markdown table.
 * Run with the react-server condition so the data-access layer's `server-only` guard resolves (see package.json).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { connect } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { seedDatabase } from '@/seed/load';
import { readSeedDir } from '@/seed/read';
import type { Seed } from '@/lib/dataset/seed-schema';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';

const SCALE = Number(process.env.BENCH_SCALE || 10);

/** The real seed repeated `n` times under new slugs: same shape and density, n times the rows. */
function scaled(seed: Seed, n: number): Seed {
  if (n === 1) return seed;
  const copies = Array.from({ length: n }, (_, i) => {
    const suffix = i === 0 ? '' : `-x${i}`;
    const rename = (slug: string) => `${slug}${suffix}`;
    return seed.actors.map((a) => ({
      ...a,
      slug: rename(a.slug),
      memberships: a.memberships.map((m) => ({ ...m, group: rename(m.group) })),
      documents: a.documents.map((d) => ({ ...d, id: rename(d.id), authors: d.authors.map(rename) })),
    }));
  });
  return { ...seed, actors: copies.flat() };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => unknown, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

async function benchAt(n: number): Promise<string[]> {
  // Set by the parent process before any import read it (db/env.ts parses it once).
  const dbPath = process.env.DATABASE_URL!;
  const seed = scaled(readSeedDir(DEFAULT_SEED_DIR), n);
  const db = connect(dbPath);
  migrateDatabase(db);
  const firstLoad = await time(() => seedDatabase(db, seed), 1);
  const reload = await time(() => seedDatabase(db, seed), 3);
  db.$client.close();

  const { listActorDirectory } = await import('@/db/queries/actor-directory');
  const { listActorDocuments } = await import('@/db/queries/documents');
  const { getOverview } = await import('@/db/queries/overview');
  const { listPositionsAsOf } = await import('@/db/queries/positions');
  const { getActorBySlug } = await import('@/db/queries/actors');
  const { getCompareView } = await import('@/db/queries/compare');
  const { getDimensionView } = await import('@/db/queries/dimension-view');
  const { parseCompareParams } = await import('@/lib/url/compare-params');
  const { parseDimensionParams } = await import('@/lib/url/dimension-params');
  const vocab = { actorSlugs: new Set(seed.actors.map((a) => a.slug)), regions: [], groups: ['european-union'] };
  const compareAll = parseCompareParams({ kind: 'state' }, vocab, '2026-01-01').params;
  const compareEu = parseCompareParams({ group: 'european-union', asOf: '2021-12-31' }, vocab, '2026-01-01').params;
  const dimension = parseDimensionParams({}, { regions: [], groups: [] }, '2026-01-01').params;
  const { getApplicabilitySeries } = await import('@/db/queries/timeline');
  const { listChanges } = await import('@/db/queries/changes');
  const { getBriefingInput } = await import('@/db/queries/briefing');
  const { buildBriefing } = await import('@/lib/briefing/model');
  const { renderDocx } = await import('@/server/briefing/render-docx');
  const { parseBriefingParams } = await import('@/lib/url/briefing-params');
  const briefing = parseBriefingParams({ actors: 'denmark,china,european-union,united-states' }, vocab, '2026-01-01').params;
  const china = (await getActorBySlug('china'))!;
  const docs = seed.actors.reduce((k, a) => k + a.documents.length, 0);
  const label = `${n}× (${seed.actors.length} actors, ${docs} documents)`;
  return [
    `| ${label} | seed load, empty DB | ${firstLoad.toFixed(1)} ms |`,
    `| ${label} | seed reload, unchanged | ${reload.toFixed(1)} ms |`,
    `| ${label} | as-of matrix, all actors × all dimensions | ${(await time(() => listPositionsAsOf({ asOf: '2026-01-01', dimensions: DIMENSION_KEYS }), 30)).toFixed(2)} ms |`,
    `| ${label} | /compare, all States × all dimensions, with evidence | ${(await time(() => getCompareView(compareAll), 30)).toFixed(2)} ms |`,
    `| ${label} | /compare?group=european-union (bloc + members) | ${(await time(() => getCompareView(compareEu), 30)).toFixed(2)} ms |`,
    `| ${label} | /dimensions/knowledge | ${(await time(() => getDimensionView('knowledge', dimension), 30)).toFixed(2)} ms |`,
    `| ${label} | /timeline series, States, every month | ${(await time(() => getApplicabilitySeries({ kinds: ['state'], region: null, group: null }, '2026-01-01'), 10)).toFixed(2)} ms |`,
    `| ${label} | /timeline series, EU members judged each month | ${(await time(() => getApplicabilitySeries({ kinds: ['state'], region: null, group: 'european-union' }, '2026-01-01'), 10)).toFixed(2)} ms |`,
    `| ${label} | /changes, all actors | ${(await time(() => listChanges(), 10)).toFixed(2)} ms |`,
    `| ${label} | briefing model, 4 actors | ${(await time(async () => buildBriefing(await getBriefingInput(briefing, '2026-01-01')), 10)).toFixed(2)} ms |`,
    `| ${label} | briefing .docx, 4 actors | ${(await time(async () => renderDocx(buildBriefing(await getBriefingInput(briefing, '2026-01-01'))), 5)).toFixed(2)} ms |`,
    `| ${label} | /actors directory | ${(await time(() => listActorDirectory({}, '2026-01-01'), 30)).toFixed(2)} ms |`,
    `| ${label} | / overview | ${(await time(() => getOverview(), 30)).toFixed(2)} ms |`,
    `| ${label} | /actors/china documents | ${(await time(() => listActorDocuments(china.id), 30)).toFixed(2)} ms |`,
  ];
}

async function main() {
  // One process per scale: the data-access layer keeps one connection per process.
  const n = Number(process.argv[2] ?? 1);
  const rows = await benchAt(n);
  console.log(rows.join('\n'));
}

function runAllScales(): void {
  console.log('| dataset | operation | median |\n|---|---|---|');
  for (const n of [1, SCALE]) {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bench.db');
    const args = ['--import', 'tsx', '--conditions', 'react-server', process.argv[1]!, String(n)];
    process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, DATABASE_URL: dbPath } }));
  }
}

if (process.argv[2]) void main();
else runAllScales();
