/**
 * A correction published through the write layer shows publicly as a correction of our coding: in /changes'
 * corrections list, in the Atom feed and in the evidence panel's history, with the earlier value and the reason.
 * Real SQLite (this file's database), real write layer, real route handler.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listCorrections } from '@/db/queries/corrections';
import { getCellEvidence } from '@/db/queries/evidence';
import { createProposal, reviewProposal } from '@/db/write/proposals';
import { GET } from '@/app/changes.atom/route';
import { describeCorrection } from '@/lib/changes/correction-text';
import { seedTestDb } from '../helpers/db';

const editor = { userId: 'u-ed', role: 'editor' as const, label: 'Eda Editor' };
const reviewer = { userId: 'u-rev', role: 'reviewer' as const, label: 'Rex Reviewer' };
const REASON = 'The official text reads “should”, not “shall” (test)';

let target: { id: number; value: string; actor: string; effective: string };

beforeAll(() => {
  seedTestDb();
  target = db.$client
    .prepare(
      `SELECT c.id, c.value, a.slug AS actor, d.effective_date AS effective FROM codings c
       JOIN actors a ON a.id = c.actor_id JOIN documents d ON d.id = c.document_id
       WHERE c.dimension_key = 'applicability' AND c.value = 'binding_obligation' AND a.kind = 'state'
         AND NOT EXISTS (SELECT 1 FROM codings l WHERE l.supersedes_id = c.id)
         AND NOT EXISTS (SELECT 1 FROM documents d2 JOIN document_authors x ON x.document_id = d2.id
                         WHERE x.actor_id = a.id AND d2.effective_date = d.effective_date AND d2.id <> d.id)
       ORDER BY a.slug LIMIT 1`,
    )
    .get() as typeof target;
  const p = createProposal(
    { db, by: editor, why: REASON },
    {
      kind: 'correction',
      codingId: target.id,
      value: 'voluntary_norm',
      freeText: null,
      confidence: 'low',
      confidenceReason: null,
      passage: null,
      summary: null,
    },
  );
  reviewProposal({ db, by: reviewer, why: 'Agreed' }, { id: p.id, decision: 'approve' });
}, 120_000);

describe('published corrections are public, with the earlier value and the reason', () => {
  it('are listed as corrections of our coding', async () => {
    const [c] = await listCorrections({ actors: [target.actor] });
    expect(c).toMatchObject({
      reason: 'correction',
      reasonNote: REASON,
      before: { value: 'binding_obligation' },
      after: { value: 'voluntary_norm', confidence: 'low' },
      actor: { slug: target.actor },
    });
    expect(describeCorrection(c!)).toMatch(/Binding obligation.*Voluntary norm only/);
    expect((await listCorrections()).filter((c) => c.reasonNote === REASON)).toHaveLength(1);
  });

  it('are entries of the Atom feed', async () => {
    const xml = await (await GET(new Request(`http://tracker.test/changes.atom?actor=${target.actor}`))).text();
    expect(xml).toContain('correction of our coding');
    expect(xml).toContain('Binding obligation');
    expect(xml).toContain('The official text reads “should”, not “shall” (test)');
  });

  it('appear in the evidence panel history, saying what replaced the earlier value and why', async () => {
    // As of the corrected document's own date, the cell rests on it.
    const cell = await getCellEvidence(target.actor, 'applicability', target.effective);
    expect(cell?.outcome).toMatchObject({ kind: 'value', value: 'voluntary_norm' });
    expect(cell?.history[0]).toMatchObject({ value: 'binding_obligation', replacedBy: { reason: 'correction', reasonNote: REASON } });
  });
});
