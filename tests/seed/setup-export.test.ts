/**
 * The database is the source of truth after the first load (issue 10): npm start seeds only an empty database,
 * db:setup never loses editor work, and data:export writes the seed format back, byte for byte.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import { createProposal, reviewProposal } from '@/db/write/proposals';
import { exportSeed } from '@/seed/export';
import { runSeed, DEFAULT_SEED_DIR } from '@/seed/index';
import { seedFiles, writeSeedDir } from '@/seed/write';
import { editor, newStatePayload, reviewer } from '../write/helpers';
import { countOf, filesOf, fingerprint, query, run, seedDataFiles, tempDir } from './import-helpers';

const quiet = <T>(f: () => T): T => {
  const log = console.log;
  console.log = () => {};
  try {
    return f();
  } finally {
    console.log = log;
  }
};

function publishNewState(path: string): void {
  const db = connect(path);
  try {
    const p = createProposal({ db, by: editor, why: 'Ruritania published its position' }, newStatePayload());
    reviewProposal({ db, by: reviewer, why: 'Checked against the source' }, { id: p.id, decision: 'approve' });
  } finally {
    db.$client.close();
  }
}

function exportFiles(path: string): Map<string, string> {
  const db = connect(path, { readonly: true });
  try {
    return seedFiles(exportSeed(db));
  } finally {
    db.$client.close();
  }
}

describe('setup never overwrites editor work', { timeout: 120_000 }, () => {
  it('a State added through the write layer survives npm run db:setup and the npm start check', () => {
    const path = join(tempDir('setup-'), 'tracker.db');
    const first = run('scripts/ensure-db.ts', [], path);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Imported into/);
    publishNewState(path);
    const codings = countOf(path, 'codings');
    const actors = countOf(path, 'actors');

    const start = run('scripts/ensure-db.ts', [], path);
    expect(start.status, start.stderr).toBe(0);
    expect(start.stdout).toMatch(new RegExp(`found and migrated: ${actors} actors.*not re-seeded`));

    const setup = run('scripts/setup-db.ts', [], path);
    expect(setup.status, setup.stderr).toBe(0);
    expect(query(path, "SELECT name FROM actors WHERE slug = 'ruritania'")).toEqual([{ name: 'Ruritania' }]);
    expect(query(path, "SELECT count(*) AS n FROM codings c JOIN actors a ON a.id = c.actor_id WHERE a.slug = 'ruritania'")).toEqual([{ n: 2 }]);
    expect(countOf(path, 'codings')).toBe(codings);
  });
});

describe('npm run data:export -- <dir>', { timeout: 120_000 }, () => {
  it('exporting a freshly seeded database reproduces seed/ byte for byte', () => {
    const path = join(tempDir('export-'), 'tracker.db');
    quiet(() => runSeed(DEFAULT_SEED_DIR, path));
    const out = tempDir('export-out-');
    const r = run('scripts/export-dataset.ts', [out], path);
    expect(r.status, r.stderr).toBe(0);
    const expected = seedDataFiles();
    const actual = filesOf(out);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, bytes] of expected) expect(actual.get(file)?.equals(bytes), file).toBe(true);
  });

  it('export → import into an empty database → export gives identical files, editor work included', () => {
    const path = join(tempDir('roundtrip-'), 'tracker.db');
    quiet(() => runSeed(DEFAULT_SEED_DIR, path));
    publishNewState(path);
    const first = exportFiles(path);
    expect(first.get('actors/ruritania.json')).toContain('Ruritania considers due diligence a binding obligation.');
    const dir = tempDir('roundtrip-files-');
    const db = connect(path, { readonly: true });
    writeSeedDir(dir, exportSeed(db));
    db.$client.close();

    const empty = join(tempDir('roundtrip-empty-'), 'tracker.db');
    quiet(() => runSeed(dir, empty));
    expect(exportFiles(empty)).toEqual(first);
    expect(countOf(empty, 'codings')).toBe(countOf(path, 'codings'));
  });

  it('refuses a missing database without creating one', () => {
    const path = join(tempDir('export-missing-'), 'nothing.db');
    const r = run('scripts/export-dataset.ts', [tempDir('export-none-')], path);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/No database/);
    expect(() => fingerprint(path)).toThrow();
  });
});
