/**
 * npm run db:seed -- <dir> is an import that adds and corrects but never deletes (issue 10). Real SQLite files and,
 * where the exit code matters, the real CLI.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import { createProposal, reviewProposal } from '@/db/write/proposals';
import { runSeed, DEFAULT_SEED_DIR } from '@/seed/index';
import { editor, newStatePayload, reviewer } from '../write/helpers';
import { copyOfSeed, countOf, fingerprint, query, removeActorFiles, run, tempDir, writeJson } from './import-helpers';

const quiet = <T>(f: () => T): T => {
  const log = console.log;
  console.log = () => {};
  try {
    return f();
  } finally {
    console.log = log;
  }
};

/** A fresh database file loaded from the project's seed. */
function seededDb(): string {
  const path = join(tempDir('import-'), 'tracker.db');
  quiet(() => runSeed(DEFAULT_SEED_DIR, path));
  return path;
}

let base: { actors: number; documents: number; codings: number };
beforeAll(() => {
  const path = seededDb();
  base = { actors: countOf(path, 'actors'), documents: countOf(path, 'documents'), codings: countOf(path, 'codings') };
  // Every coded dimension of every document × author of the project's seed, as the loader stores them.
  expect(base.codings).toBeGreaterThan(100);
}, 120_000);

describe('an import adds and corrects, never deletes', { timeout: 60_000 }, () => {
  it('a folder with only a new actor adds it and leaves every other actor, document and coding as it was', () => {
    const path = seededDb();
    const actorsBefore = query(path, 'SELECT * FROM actors ORDER BY id');
    const codingsBefore = query(path, 'SELECT * FROM codings ORDER BY id');
    const dir = tempDir('one-actor-');
    mkdirSync(join(dir, 'actors'));
    writeJson(join(dir, 'actors', 'ruritania.json'), {
      slug: 'ruritania',
      name: 'Ruritania',
      kind: 'state',
      iso3: 'RUR',
      region: 'Europe',
      subregion: null,
      un_regional_group: 'WEOG',
      // A group that only the database holds: the folder may refer to it.
      memberships: [{ group: 'european-union', from: '2004-05-01', to: null }],
      documents: [],
    });
    writeJson(join(dir, 'literature.json'), []);
    writeFileSync(join(dir, 'meta.json'), readFileSync(join(DEFAULT_SEED_DIR, 'meta.json')));
    const report = quiet(() => runSeed(dir, path)).import;
    expect(report.actors).toMatchObject({ added: 1, leftAlone: base.actors });
    expect(query(path, 'SELECT * FROM actors ORDER BY id').slice(0, actorsBefore.length)).toEqual(actorsBefore);
    expect(countOf(path, 'actors')).toBe(base.actors + 1);
    expect(countOf(path, 'documents')).toBe(base.documents);
    expect(query(path, 'SELECT * FROM codings ORDER BY id')).toEqual(codingsBefore);
    // Audited like an edit: who, why, counts.
    const [audit] = query<{ actor_label: string; actor_role: string; reason: string; after: string }>(
      path,
      "SELECT * FROM audit_log WHERE action = 'import' AND entity = 'dataset' ORDER BY id DESC LIMIT 1",
    );
    expect(audit).toMatchObject({ actor_label: `import:${dir}`, actor_role: 'system', reason: `import of ${dir}` });
    expect(JSON.parse(audit!.after)).toMatchObject({ actors: { added: 1 }, created: { actors: ['ruritania'] } });
  });

  it('an empty folder is refused with exit code 1 and changes nothing', { timeout: 60_000 }, () => {
    const path = seededDb();
    const before = fingerprint(path);
    const empty = tempDir('empty-');
    const r = run('seed/index.ts', [empty], path);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/actors.*does not exist/);
    // An actors/ folder with no files, and a folder missing meta.json, are refused too.
    mkdirSync(join(empty, 'actors'));
    writeJson(join(empty, 'literature.json'), []);
    expect(() => quiet(() => runSeed(empty, path))).toThrow(/meta\.json.*is missing/);
    writeFileSync(join(empty, 'meta.json'), readFileSync(join(DEFAULT_SEED_DIR, 'meta.json')));
    expect(() => quiet(() => runSeed(empty, path))).toThrow(/holds no actors/);
    expect(fingerprint(path)).toBe(before);
  });

  it('a truncated seed never drops codings: half the actor files gone leaves all of them; a truncated actor file is refused', () => {
    const path = seededDb();
    const half = copyOfSeed();
    let i = 0;
    removeActorFiles(half, () => i++ % 2 === 0);
    const report = quiet(() => runSeed(half, path)).import;
    expect(report.codings.added).toBe(0);
    expect(countOf(path, 'codings')).toBeGreaterThanOrEqual(base.codings);
    expect(countOf(path, 'actors')).toBe(base.actors);
    expect(countOf(path, 'documents')).toBe(base.documents);

    const truncated = copyOfSeed();
    const file = join(truncated, 'actors', 'china.json');
    const china = JSON.parse(readFileSync(file, 'utf8'));
    china.documents = china.documents.slice(0, 1);
    writeJson(file, china);
    const before = fingerprint(path);
    expect(() => quiet(() => runSeed(truncated, path))).toThrow(/china\.json holds 1 of the \d+ documents earlier imports brought.*truncated/);
    expect(fingerprint(path)).toBe(before);
    // The refusal names the command that goes ahead; run through the CLI, it imports and leaves the rest alone.
    const refused = run('seed/index.ts', [truncated], path);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`npm run db:seed -- ${truncated} --keep-missing`);
    const ahead = run('seed/index.ts', [truncated, '--keep-missing'], path);
    expect(ahead.status, ahead.stderr).toBe(0);
    expect(countOf(path, 'documents')).toBe(base.documents);
    // A consistent but small folder (the Nordic co-authors of Denmark's joint statement and their groups) cannot
    // replace the whole database.
    const small = copyOfSeed();
    const kept = ['denmark', 'finland', 'iceland', 'norway', 'sweden', 'european-union', 'nato'];
    removeActorFiles(small, (slug) => kept.includes(slug));
    writeJson(join(small, 'literature.json'), []);
    expect(() => quiet(() => runSeed(small, path, { replace: true }))).toThrow(
      new RegExp(`far fewer records than the database \\(\\S+: ${kept.length} of \\d+ actors`),
    );
    expect(fingerprint(path)).toBe(before);
  });

  it('keeps what editors published: a re-import does not supersede their coding, and --replace is refused', { timeout: 60_000 }, () => {
    const path = seededDb();
    const db = connect(path);
    try {
      const [coding] = db.$client
        .prepare("SELECT c.id FROM codings c JOIN actors a ON a.id = c.actor_id WHERE a.slug = 'denmark' AND c.dimension_key = 'applicability' LIMIT 1")
        .all() as { id: number }[];
      const p = createProposal(
        { db, by: editor, why: 'The statement is only political' },
        {
          kind: 'correction',
          codingId: coding!.id,
          value: 'voluntary_norm',
          confidence: 'low',
        },
      );
      reviewProposal({ db, by: reviewer, why: 'Agreed' }, { id: p.id, decision: 'approve' });
      const q = createProposal({ db, by: editor, why: 'New State' }, newStatePayload());
      reviewProposal({ db, by: reviewer, why: 'Checked' }, { id: q.id, decision: 'approve' });
    } finally {
      db.$client.close();
    }
    const current = () => query(path, "SELECT value, created_by FROM codings c WHERE c.id = (SELECT max(id) FROM codings WHERE reason = 'correction')");
    const edited = current();
    const report = quiet(() => runSeed(DEFAULT_SEED_DIR, path)).import;
    expect(report.codings.keptEditorWork).toBe(1);
    expect(current()).toEqual(edited);
    expect(edited).toEqual([{ value: 'voluntary_norm', created_by: 'Eda Editor' }]);

    const before = fingerprint(path);
    const r = run('seed/index.ts', [DEFAULT_SEED_DIR, '--replace'], path);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--replace would discard \d+ records? published through the editorial desk/);
    expect(fingerprint(path)).toBe(before);
  });

  it('--replace without editor work reloads the published tables and keeps the audit log', () => {
    const path = seededDb();
    const auditBefore = query(path, 'SELECT * FROM audit_log ORDER BY id');
    const report = quiet(() => runSeed(DEFAULT_SEED_DIR, path, { replace: true })).import;
    expect(report.replaced).toBe(true);
    expect(countOf(path, 'codings')).toBe(base.codings);
    expect(query(path, 'SELECT * FROM audit_log ORDER BY id').slice(0, auditBefore.length)).toEqual(auditBefore);
    expect(query(path, 'SELECT action FROM audit_log ORDER BY id DESC LIMIT 1')).toEqual([{ action: 'import.replace' }]);
  });
});
