import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The actors in scope are read once per content version and scope (db/queries/scope.ts), on a real database file:
 * inside a view loader's snapshot the memoised answer equals a fresh read for every scope and date — a group's members
 * still judged on each date — callers get an array of their own, and the actor-name index is built once per list.
 */
const dir = mkdtempSync(join(tmpdir(), 'cdd-scope-memo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listActorsInScope per content version', () => {
  it('answers as a fresh read would, for every scope and date', async () => {
    const file = join(dir, 'tracker.db');
    process.env.DATABASE_URL = file;
    const { DEFAULT_SEED_DIR, runSeed } = await import('@/seed/index');
    runSeed(DEFAULT_SEED_DIR, file);
    const { listActorsInScope } = await import('@/db/queries/scope');
    const { listActors } = await import('@/db/queries/actors');
    const { readView } = await import('@/db/client');
    const { nameIndex } = await import('@/lib/url/search-params');
    const { connect } = await import('@/db/connect');

    // Groups and the dates on which their membership changed, from the data itself.
    const sqlite = connect(file).$client;
    const changes = sqlite
      .prepare(
        `SELECT g.slug AS grp, m.from_date AS d FROM memberships m JOIN actors g ON g.id = m.group_id
         UNION SELECT g.slug, m.to_date FROM memberships m JOIN actors g ON g.id = m.group_id WHERE m.to_date IS NOT NULL`,
      )
      .all() as { grp: string; d: string }[];
    sqlite.close();
    expect(changes.length).toBeGreaterThan(0);
    const dayBefore = (d: string) => new Date(Date.parse(`${d.slice(0, 10)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const cases = [
      ...changes.flatMap(({ grp, d }) => [d.slice(0, 10), dayBefore(d)].map((date) => ({ scope: { group: grp }, date }))),
      { scope: { kinds: ['state' as const], withDocuments: true }, date: '2019-06-30' },
      { scope: { kinds: ['state' as const], withDocuments: true }, date: '2024-06-30' },
      { scope: { region: 'Europe' }, date: '2021-01-01' },
      { scope: { slugs: ['denmark', 'china'] }, date: '2021-01-01' },
    ];
    let groupAnswersDiffer = false;
    for (const { scope, date } of cases) {
      // Outside a loader nothing is memoised: the reference read.
      const fresh = (await listActorsInScope(scope, date)).map((a) => a.slug);
      const first = (await readView(() => listActorsInScope(scope, date))).map((a) => a.slug);
      const again = await readView(() => listActorsInScope(scope, date));
      expect(first, JSON.stringify({ scope, date })).toEqual(fresh);
      expect(again.map((a) => a.slug)).toEqual(fresh);
      // An array of the caller's own: sorting it leaves the next answer alone.
      again.reverse();
      expect((await readView(() => listActorsInScope(scope, date))).map((a) => a.slug)).toEqual(fresh);
      if ('group' in scope) {
        const before = (await listActorsInScope(scope, dayBefore(date))).map((a) => a.slug);
        groupAnswersDiffer ||= before.join() !== fresh.join();
      }
    }
    // The dates really do change some group's members, so the date is part of the key where it matters.
    expect(groupAnswersDiffer).toBe(true);

    const actors = await readView(() => listActors());
    expect(await readView(() => listActors())).toBe(actors);
    expect(nameIndex(actors)).toBe(nameIndex(actors));
    expect(nameIndex(actors).get('denmark')).toBe('denmark');
  }, 120_000);
});
