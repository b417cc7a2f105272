/**
 * npm run bench:queries: how many SQL statements each page's view loader runs (one request, warm process), against a
 * freshly seeded temporary database. Prints a Markdown table for docs/benchmarks.md. Run with the react-server
 * condition (see package.json) so `server-only` resolves.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const file = join(mkdtempSync(join(tmpdir(), 'cdd-queries-')), 'tracker.db');
process.env.DATABASE_URL = file;

// Count every statement prepared or executed on any connection (drizzle prepares each query it runs).
let statements = 0;
const proto = Database.prototype as unknown as { prepare: (...a: unknown[]) => unknown; exec: (...a: unknown[]) => unknown };
const { prepare, exec } = proto;
proto.prepare = function (this: unknown, ...a: unknown[]) {
  statements++;
  return prepare.apply(this, a);
};
proto.exec = function (this: unknown, ...a: unknown[]) {
  statements++;
  return exec.apply(this, a);
};

async function main(): Promise<void> {
  const { runSeed, DEFAULT_SEED_DIR } = await import('@/seed/index');
  runSeed(DEFAULT_SEED_DIR, file);
  const views = {
    actor: await import('@/server/views/actor'),
    actors: await import('@/server/views/actors'),
    briefing: await import('@/server/views/briefing'),
    changes: await import('@/server/views/changes'),
    compare: await import('@/server/views/compare'),
    diff: await import('@/server/views/actor-diff'),
    dimension: await import('@/server/views/dimension'),
    evidence: await import('@/server/views/evidence'),
    home: await import('@/server/views/home'),
    method: await import('@/server/views/method'),
    search: await import('@/server/views/search'),
    timeline: await import('@/server/views/timeline'),
  };
  const pages: [string, () => Promise<unknown>][] = [
    ['/', () => views.home.loadHome()],
    ['/actors', () => views.actors.loadActorsView({})],
    ['/actors/china', () => views.actor.loadActorView('china')],
    ['/actors/australia/diff', () => views.diff.loadActorDiffView('australia', {})],
    ['/compare', () => views.compare.loadCompareView({})],
    ['/compare?group=european-union&cell=denmark:knowledge', () => views.compare.loadCompareView({ group: 'european-union', cell: 'denmark:knowledge' })],
    ['/compare/evidence', () => views.evidence.loadEvidenceView({ actor: 'denmark', dim: 'knowledge' })],
    ['/dimensions/knowledge', () => views.dimension.loadDimensionView('knowledge', {})],
    ['/timeline', () => views.timeline.loadTimelineView({})],
    ['/changes', () => views.changes.loadChangesView({})],
    ['/changes.atom', () => views.changes.loadChangesFeed({})],
    ['/briefing (4 actors)', () => views.briefing.loadBriefingView({ actors: 'denmark,china,european-union,united-states' })],
    ['/search?q=sovereignty', () => views.search.loadSearchView({ q: 'sovereignty' })],
    ['/method', () => views.method.loadMethodView()],
  ];
  // Warm once (first use opens the pool's connection and prepares the snapshot statement), then count.
  for (const [, load] of pages) await load();
  console.log('| page | SQL statements per request (incl. BEGIN/COMMIT of the snapshot) |\n|---|---|');
  for (const [name, load] of pages) {
    statements = 0;
    await load();
    console.log(`| \`${name}\` | ${statements} |`);
  }
}

void main();
