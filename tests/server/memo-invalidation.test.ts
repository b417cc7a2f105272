import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The view loaders memoise their as-of inputs and results per content version (db/memo-by-version.ts). Against a real
 * database file (the memo is active only in a loader's snapshot): once a publish through the write layer has
 * returned, the very next load of /compare, /changes and /timeline shows it, with no restart and no cache to clear;
 * and between publishes the memo serves the same results (the second load is the first one's objects).
 */
const dir = mkdtempSync(join(tmpdir(), 'cdd-memo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('per-version memo of the view loaders', () => {
  it('is reused within a content version and never across one', async () => {
    const file = join(dir, 'tracker.db');
    // Point the app's connection at a file before anything reads the environment (imports below are dynamic).
    process.env.DATABASE_URL = file;
    const { DEFAULT_SEED_DIR, runSeed } = await import('@/seed/index');
    runSeed(DEFAULT_SEED_DIR, file);
    const { loadCompareView } = await import('@/server/views/compare');
    const { loadChangesView } = await import('@/server/views/changes');
    const { loadTimelineView } = await import('@/server/views/timeline');
    const { listDocumentChanges } = await import('@/db/queries/changes');
    const { readView } = await import('@/db/client');
    const { connect } = await import('@/db/connect');
    const { createProposal, reviewProposal } = await import('@/db/write/proposals');
    // Dynamic too: the helpers import the app's connection.
    const { editor, newStatePayload, reviewer } = await import('../write/helpers');

    const slugs = async () => (await loadCompareView({ kind: 'state' })).view.rows.map((r) => r.actor.slug);
    expect(await slugs()).not.toContain('ruritania');
    const changesBefore = await loadChangesView({});
    const timelineBefore = await loadTimelineView({});
    // Same version: the memo hands back the very same list (shared, read-only).
    expect(await readView(() => listDocumentChanges({}))).toBe(await readView(() => listDocumentChanges({})));

    const writer = connect(file);
    const proposal = createProposal({ db: writer, by: editor, why: 'A new position paper.' }, newStatePayload());
    reviewProposal({ db: writer, by: reviewer, why: 'Checked against the source.' }, { id: proposal.id, decision: 'approve' });
    writer.$client.close();

    expect(await slugs()).toContain('ruritania');
    const changesAfter = await loadChangesView({});
    expect(changesAfter.rows.length).toBe(changesBefore.rows.length + 1);
    expect(changesAfter.rows.some((r) => r.actor.slug === 'ruritania')).toBe(true);
    const last = (t: typeof timelineBefore) => t.points.at(-1)!;
    expect(last(await loadTimelineView({})).total).toBe(last(timelineBefore).total + 1);
  }, 120_000);
});
