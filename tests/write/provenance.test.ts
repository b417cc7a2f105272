/**
 * Where every published row came from is a column (origin_id → origins), set by the write layer: an import of a
 * named release from a folder, or a desk proposal by a user. The import decides from it, never from a label.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { createProposal, reviewProposal } from '@/db/write/proposals';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { seedDatabase } from '@/seed/load';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../helpers/db';
import { editor, newStatePayload, reviewer } from './helpers';

const seed = readSeedDir(DEFAULT_SEED_DIR);
const q = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params) as T[];
const TABLES = ['actors', 'documents', 'document_authors', 'codings', 'memberships', 'literature'];

beforeAll(() => seedTestDb(seed));

describe('provenance', () => {
  it('a seed import marks every row it created with one import origin naming the folder and the release', () => {
    const origins = q<{ id: number; kind: string; source: string; dataset_release: string | null; dataset_version: string }>('SELECT * FROM origins');
    expect(origins).toEqual([
      expect.objectContaining({
        kind: 'import',
        source: 'seed',
        dataset_release: seed.meta.dataset_release ?? null,
        dataset_version: seed.meta.dataset_version,
      }),
    ]);
    for (const t of TABLES) expect(q(`SELECT 1 FROM ${t} WHERE origin_id IS NOT ${origins[0]!.id}`), t).toEqual([]);
  });

  it('publishing a proposal marks what it created with a desk origin naming the proposal and its author', () => {
    const p = createProposal({ db, by: editor, why: 'Ruritania published its position' }, newStatePayload());
    reviewProposal({ db, by: reviewer, why: 'Checked' }, { id: p.id, decision: 'approve' });
    const [origin] = q<{ id: number; kind: string; proposal_id: number; user_id: string; label: string }>("SELECT * FROM origins WHERE kind = 'desk'");
    expect(origin).toMatchObject({ proposal_id: p.id, user_id: editor.userId, label: `proposal ${p.id} by ${editor.label}` });
    const rows = q<{ t: string; n: number }>(`
      SELECT 'actors' AS t, count(*) AS n FROM actors WHERE slug = 'ruritania' AND origin_id = ${origin!.id}
      UNION ALL SELECT 'documents', count(*) FROM documents WHERE slug LIKE 'ruritania%' AND origin_id = ${origin!.id}
      UNION ALL SELECT 'codings', count(*) FROM codings WHERE origin_id = ${origin!.id}`);
    expect(rows).toEqual([
      { t: 'actors', n: 1 },
      { t: 'documents', n: 1 },
      { t: 'codings', n: 2 },
    ]);
  });

  it('an import that corrects a record marks the correction with its own origin, and never touches the desk’s rows', () => {
    const next = readSeedDir(DEFAULT_SEED_DIR);
    const doc = next.actors.find((a) => a.documents.length > 0)!.documents[0]!;
    doc.title = `${doc.title} (corrected)`;
    seedDatabase(db, { ...next, meta: { ...next.meta, dataset_release: '9.9' } }, { source: 'next' });
    const [origin] = q<{ id: number; label: string }>("SELECT * FROM origins WHERE source = 'next'");
    expect(origin!.label).toBe('import of next (release 9.9)');
    expect(q('SELECT title, revision_origin_id AS rev FROM documents WHERE slug = ?', doc.id)).toEqual([{ title: doc.title, rev: origin!.id }]);
    expect(q("SELECT 1 FROM codings c JOIN origins o ON o.id = c.origin_id WHERE o.kind = 'desk'")).toHaveLength(2);
  });
});
