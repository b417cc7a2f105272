/**
 * Times the global timeline (/timeline) on the real seed (1×) and on a synthetic dataset N times larger (renamed
 * copies of every actor; the copies stay members of the original groups, so a group scope grows too). For each
 * scope it compares three ways of getting the same month-end counts:
 *   - production: getApplicabilitySeries (5 queries, then one step function per actor walked month by month);
 *   - in memory on the same rows: the step walk (buildApplicabilitySeries) and the as-of rule resolved at every month
 *     end (countApplicabilityAt per month);
 *   - the /compare engine per month (listActorsInScope + listPositionsAsOf for each month end: 4 queries a month).
 * Usage: npx tsx --conditions react-server scripts/bench-timeline.ts [N=10]. Prints a Markdown table.
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

const TODAY = '2026-11-22';

function scaled(seed: Seed, n: number): Seed {
  const copies = Array.from({ length: n }, (_, i) => {
    const rename = (slug: string) => (i === 0 ? slug : `${slug}-x${i}`);
    return seed.actors.map((a) => ({
      ...a,
      slug: rename(a.slug),
      documents: a.documents.map((d) => ({ ...d, id: rename(d.id), authors: d.authors.map(rename) })),
    }));
  });
  return { ...seed, actors: copies.flat() };
}

async function median(fn: () => unknown, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function benchAt(n: number): Promise<string[]> {
  const seed = scaled(readSeedDir(DEFAULT_SEED_DIR), n);
  const setup = connect(process.env.DATABASE_URL!);
  migrateDatabase(setup);
  seedDatabase(setup, seed);
  setup.$client.close();

  const { getApplicabilitySeries } = await import('@/db/queries/timeline');
  const { listActorEvidence, listPositionsAsOf } = await import('@/db/queries/positions');
  const { listActorsInScope } = await import('@/db/queries/scope');
  const { buildApplicabilitySeries, countApplicabilityAt } = await import('@/lib/timeline/timeline-series');
  const { outcomeKey } = await import('@/lib/domain/tally');

  const docs = seed.actors.reduce((k, a) => k + a.documents.length, 0);
  const label = `${n}× (${seed.actors.length} actors, ${docs} documents)`;
  const scopes = [
    { name: 'States', scope: { kinds: ['state'] as const, region: null, group: null } },
    { name: 'States in Europe', scope: { kinds: ['state'] as const, region: 'Europe', group: null } },
    { name: 'EU members, judged each month', scope: { kinds: ['state'] as const, region: null, group: 'european-union' } },
  ];
  const rows: string[] = [];
  for (const { name, scope } of scopes) {
    const series = await getApplicabilitySeries(scope, TODAY);
    const months = series.map((p) => p.asOf);
    const production = await median(() => getApplicabilitySeries(scope, TODAY), 15);

    // The same rows the production query reads, then the rule resolved at every month end.
    const inScopeIds = new Set((await listActorsInScope({ kinds: scope.kinds, region: scope.region }, TODAY)).map((a) => a.id));
    const evidence = (await listActorEvidence())
      .filter((e) => inScopeIds.has(e.actor.id))
      .map((e) => ({ id: e.actor.id, documents: e.documents, codings: e.codings }));
    const members = new Map<string, Set<number>>();
    for (const m of months) members.set(m, new Set((await listActorsInScope(scope, m)).map((a) => a.id)));
    const inScope = (id: number, m: string) => members.get(m)?.has(id) ?? false;
    const direct = await median(() => months.map((m) => countApplicabilityAt(evidence, m, inScope)), 5);
    const steps = await median(() => buildApplicabilitySeries(evidence, months[0]!.slice(0, 7), months[months.length - 1]!.slice(0, 7), inScope), 15);

    const perMonth = await median(async () => {
      for (const m of months) {
        const ids = (await listActorsInScope(scope, m)).map((a) => a.id);
        const counts: Record<string, number> = {};
        for (const r of await listPositionsAsOf({ asOf: m, dimensions: ['applicability'], actorIds: ids }))
          counts[outcomeKey(r.outcomes.applicability!)] = (counts[outcomeKey(r.outcomes.applicability!)] ?? 0) + 1;
      }
    }, 3);
    const actors = series[series.length - 1]?.total ?? 0;
    rows.push(
      `| ${label} | ${name} (${actors} actors now, ${months.length} months) | ${production.toFixed(1)} ms | ${steps.toFixed(1)} ms | ${direct.toFixed(1)} ms | ${perMonth.toFixed(0)} ms |`,
    );
  }
  return rows;
}

async function main() {
  console.log((await benchAt(Number(process.argv[2]))).join('\n'));
}

function runAllScales(): void {
  const n = Number(process.env.BENCH_SCALE || process.argv[2] || 10);
  console.log(
    '| dataset | scope | production (queries + series) | in memory: step walk | in memory: rule at every month end | /compare engine per month |\n|---|---|---|---|---|---|',
  );
  for (const scale of [1, n]) {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'bench-timeline-')), 'bench.db');
    const args = ['--import', 'tsx', '--conditions', 'react-server', process.argv[1]!, String(scale), 'child'];
    process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, DATABASE_URL: dbPath } }));
  }
}

if (process.argv[3] === 'child') void main();
else runAllScales();
