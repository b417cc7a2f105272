/**
 * Data-layer cost of a page-cache miss, in process (no HTTP, no render): each view loader as the server runs it, the
 * first call after start (cold: nothing memoised for this content version, as right after a publish) and then another
 * URL state of the same view (warm: the per-version memo, db/memo-by-version.ts, holds the as-of inputs). Use it on a
 * benchmark database from `npm run bench:http` (BENCH_DATA_DIR keeps them):
 *   DATABASE_URL=/tmp/bench/documents-100.db npx tsx --conditions react-server scripts/bench-miss.ts
 */
import { performance } from 'node:perf_hooks';

async function main(): Promise<void> {
  const { loadCompareView } = await import('@/server/views/compare');
  const { loadTimelineView } = await import('@/server/views/timeline');
  const { loadChangesView } = await import('@/server/views/changes');
  const { toExportRows } = await import('@/lib/export/export-rows');
  const time = async (fn: () => unknown) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  const api = async (sp: Record<string, string>) => {
    const { view, params } = await loadCompareView(sp);
    return JSON.stringify(toExportRows(view.rows, params.asOf));
  };
  const cases: [string, () => unknown, () => unknown][] = [
    ['/compare', () => loadCompareView({}), () => loadCompareView({ sort: '-applicability' })],
    ['/api/v1/compare rows + JSON', () => api({ format: 'json' }), () => api({ format: 'json', sort: '-knowledge' })],
    ['/timeline', () => loadTimelineView({}), () => loadTimelineView({ kind: 'state', region: 'Europe' })],
    ['/changes', () => loadChangesView({}), () => loadChangesView({ changes: 'only' })],
  ];
  console.log('| data layer of | cold (first after start or a publish) | warm (another URL state, same version) |\n|---|---|---|');
  for (const [label, cold, warm] of cases) console.log(`| ${label} | ${(await time(cold)).toFixed(1)} ms | ${(await time(warm)).toFixed(1)} ms |`);
}

void main();
