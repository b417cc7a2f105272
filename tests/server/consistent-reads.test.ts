import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The view loaders read in one snapshot. Against a real database file, another process commits write transactions
 * as fast as it can (a State with a document appearing and disappearing) while this process calls the /compare
 * loader in a tight loop. With a snapshot every result is whole: the churned State is either absent or a complete
 * row. The same loop over the unguarded query (separate reads, no snapshot) is run alongside to show the race is real.
 */
describe('view loaders under a concurrent writer', () => {
  it('never return a torn view', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cdd-consistency-')), 'tracker.db');
    // Point the app's connection at a file before anything reads the environment (imports below are dynamic).
    process.env.DATABASE_URL = file;
    const { DEFAULT_SEED_DIR, runSeed } = await import('@/seed/index');
    runSeed(DEFAULT_SEED_DIR, file);
    const { loadCompareView } = await import('@/server/views/compare');
    const { getCompareView } = await import('@/db/queries/compare');
    const base = await loadCompareView({});

    const writer = spawn('npx', ['tsx', 'tests/helpers/churn-writer.ts', file, '8'], { stdio: 'ignore' });
    const writerDone = new Promise<number>((resolve) => writer.on('close', (code) => resolve(code ?? 1)));
    let done = false;
    void writerDone.then(() => (done = true));

    let calls = 0;
    let withChurn = 0;
    let unguardedErrors = 0;
    const errors: string[] = [];
    const deadline = Date.now() + 90_000; // a bound, in case the writer never starts
    while (!done && Date.now() < deadline) {
      try {
        const v = await loadCompareView({});
        const churn = v.view.rows.find((r) => r.actor.slug === 'consistency-test-state');
        if (churn) withChurn++;
        const expected = base.view.rows.length + (churn ? 1 : 0);
        if (v.view.rows.length !== expected || (churn && churn.cells.length !== v.params.dims.length)) errors.push(`torn view: ${v.view.rows.length} rows`);
      } catch (e) {
        errors.push((e as Error).message);
      }
      try {
        await getCompareView(base.params);
      } catch {
        unguardedErrors++;
      }
      calls++;
      // Let the event loop breathe so the child's exit is seen.
      if (calls % 50 === 0) await new Promise((r) => setImmediate(r));
    }
    console.log(
      `consistent reads: ${calls} loader calls, ${errors.length} errors, ${withChurn} with the churned State; the same reads without a snapshot failed ${unguardedErrors} times`,
    );
    expect(await writerDone).toBe(0);
    expect(calls).toBeGreaterThan(100);
    expect(withChurn).toBeGreaterThan(0);
    expect(errors.slice(0, 3), `${errors.length} of ${calls} snapshot reads failed (unguarded: ${unguardedErrors})`).toEqual([]);
  }, 180_000);
});
