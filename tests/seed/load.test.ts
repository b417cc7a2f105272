import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/seed/load';
import { actor, record, seedOf } from '../fixtures/seed';

function count(table: string): number {
  return (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
function snapshot() {
  return ['actors', 'memberships', 'documents', 'document_authors', 'passages', 'codings', 'coding_passages', 'literature', 'dataset_meta'].map((t) =>
    db.$client.prepare(`SELECT * FROM ${t} ORDER BY 1`).all(),
  );
}

const v1 = () =>
  seedOf([
    actor('alpha', [record('alpha--2020', '2020-05-01', { applicability: 'voluntary_norm', knowledge: 'actual' })]),
    actor('beta', [record('beta--2021', '2021', { applicability: 'binding_obligation' })]),
  ]);

beforeEach(() => {
  db.$client.exec('PRAGMA foreign_keys = OFF');
  for (const t of [
    'coding_passages',
    'codings',
    'passages',
    'document_authors',
    'documents',
    'memberships',
    'literature_actors',
    'literature',
    'actors',
    'dataset_meta',
  ]) {
    try {
      db.$client.exec(`DELETE FROM ${t}`);
    } catch {
      /* first run: tables not created yet */
    }
  }
  db.$client.exec('PRAGMA foreign_keys = ON');
  migrateDatabase(db);
});

describe('seedDatabase', () => {
  it('loads actors, documents, passages and one coding per coded dimension', () => {
    const report = seedDatabase(db, v1());
    expect(report).toMatchObject({ actors: 2, documents: 2, codingsAdded: 3 });
    expect(count('codings')).toBe(3);
    expect(count('passages')).toBe(2);
    expect(count('coding_passages')).toBe(3);
  });

  it('is idempotent: loading the same seed again changes nothing', () => {
    seedDatabase(db, v1(), { now: '2026-01-01T00:00:00Z' });
    const before = snapshot();
    const report = seedDatabase(db, v1(), { now: '2026-01-01T00:00:00Z' });
    expect(report.codingsAdded).toBe(0);
    expect(snapshot()).toEqual(before);
  });

  it('appends a correction as a new coding that supersedes the old one, which stays as history', () => {
    seedDatabase(db, v1(), { now: '2026-01-01T00:00:00Z' });
    const corrected = v1();
    corrected.actors[0]!.documents[0]!.codings.applicability = 'binding_obligation';
    const report = seedDatabase(db, corrected, { now: '2026-02-01T00:00:00Z' });
    expect(report.codingsAdded).toBe(1);
    const rows = db.$client
      .prepare(
        "SELECT id, value, supersedes_id AS supersedesId, created_at AS createdAt FROM codings WHERE dimension_key = 'applicability' AND document_id = (SELECT id FROM documents WHERE slug = 'alpha--2020') ORDER BY id",
      )
      .all() as { id: number; value: string; supersedesId: number | null; createdAt: string }[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ value: 'voluntary_norm', supersedesId: null });
    expect(rows[1]).toMatchObject({ value: 'binding_obligation', supersedesId: rows[0]!.id, createdAt: '2026-02-01T00:00:00Z' });
  });

  it('records a withdrawal when a dimension is no longer coded', () => {
    seedDatabase(db, v1());
    const withdrawn = v1();
    delete withdrawn.actors[0]!.documents[0]!.codings.knowledge;
    seedDatabase(db, withdrawn);
    const rows = db.$client.prepare("SELECT value FROM codings WHERE dimension_key = 'knowledge' ORDER BY id").all();
    expect(rows).toEqual([{ value: 'actual' }, { value: null }]);
    expect(seedDatabase(db, withdrawn).codingsAdded).toBe(0);
  });

  it('refuses to update a coding in place', () => {
    seedDatabase(db, v1());
    expect(() => db.$client.exec("UPDATE codings SET value = 'rejects'")).toThrow(/append-only/);
  });

  it('leaves the database as it was when a record in the middle fails', () => {
    seedDatabase(db, v1(), { now: '2026-01-01T00:00:00Z' });
    const before = snapshot();
    const broken = v1();
    broken.actors.push(actor('gamma', [record('gamma--2022', '2022-01-01', { applicability: 'rejects' })]));
    // Valid for zod, but the author does not exist: the insert fails after earlier records were written.
    broken.actors[1]!.documents[0]!.authors.push('nobody');
    broken.actors[0]!.documents[0]!.codings.applicability = 'unsettled';
    expect(() => seedDatabase(db, broken, { now: '2026-03-01T00:00:00Z' })).toThrow();
    expect(snapshot()).toEqual(before);
  });

  // Issue 10 changed this: an import adds and corrects but never deletes (it used to remove the missing document).
  it('leaves a document missing from the import alone, with its codings', () => {
    seedDatabase(db, v1());
    const smaller = v1();
    smaller.actors[1]!.documents = [];
    seedDatabase(db, smaller);
    expect(count('documents')).toBe(2);
    expect(count('codings')).toBe(3);
  });
});
