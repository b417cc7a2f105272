import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { ForbiddenError } from '@/db/write/errors';
import { importSeed } from '@/db/write/import';
import { readDataVersion } from '@/db/write/version';
import { migrateDatabase } from '@/db/migrate';
import { importWriter, seedDatabase } from '@/seed/load';
import { actor, record, seedOf } from '../fixtures/seed';
import { editor, reviewer, tableCounts } from './helpers';

const v1 = () => seedOf([actor('alpha', [record('alpha--2020', '2020-05-01', { applicability: 'voluntary_norm' })])]);

beforeAll(() => migrateDatabase(db));

describe('imports and the data version', () => {
  it('only the system or an admin may import; a refused import changes nothing', () => {
    const before = tableCounts();
    expect(() => importSeed({ db, by: editor, why: 'import of x' }, v1())).toThrow(ForbiddenError);
    expect(() => importSeed({ db, by: reviewer, why: 'import of x' }, v1())).toThrow(ForbiddenError);
    expect(() => importSeed({ db, by: importWriter('x'), why: '' }, v1())).toThrow(/reason/i);
    expect(tableCounts()).toEqual(before);
  });

  it('an import that changes data bumps the version once; an identical re-import leaves it', () => {
    const start = readDataVersion(db);
    expect(start).toBe(1); // the migration creates the row
    seedDatabase(db, v1(), { now: '2026-01-01T00:00:00Z' });
    expect(readDataVersion(db)).toBe(start + 1);
    seedDatabase(db, v1(), { now: '2026-01-02T00:00:00Z' });
    expect(readDataVersion(db)).toBe(start + 1);
    const corrected = v1();
    corrected.actors[0]!.documents[0]!.codings.applicability = 'binding_obligation';
    const report = seedDatabase(db, corrected, { now: '2026-01-03T00:00:00Z' });
    expect(report.import.dataVersion).toBe(start + 2);
    expect(db.$client.prepare('SELECT reason, reason_note, created_by FROM codings ORDER BY id DESC LIMIT 1').get()).toEqual({
      reason: 'correction',
      reason_note: 'import of seed: value Voluntary norm only → Binding obligation',
      created_by: 'import:seed',
    });
  });

  it('an import that changes only the dataset metadata (shown on pages) bumps the version too', () => {
    const corrected = v1();
    corrected.actors[0]!.documents[0]!.codings.applicability = 'binding_obligation';
    seedDatabase(db, corrected, { now: '2026-01-04T00:00:00Z' });
    const start = readDataVersion(db);
    const renamed = { ...corrected, meta: { ...corrected.meta, dataset_version: 'test-next' } };
    expect(seedDatabase(db, renamed, { now: '2026-01-05T00:00:00Z' }).import.dataVersion).toBe(start + 1);
    expect(seedDatabase(db, renamed, { now: '2026-01-06T00:00:00Z' }).import.dataVersion).toBeNull();
  });
});
