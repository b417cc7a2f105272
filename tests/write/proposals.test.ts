import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listAudit } from '@/db/write/audit';
import { ConflictError, ForbiddenError, ValidationError } from '@/db/write/errors';
import { createProposal, getProposal, reviewProposal, setSelfReview } from '@/db/write/proposals';
import { readDataVersion } from '@/db/write/version';
import { seedTestDb } from '../helpers/db';
import { admin, dump, editor, editor2, newStatePayload, reviewer, tableCounts } from './helpers';

beforeAll(() => {
  seedTestDb();
});

const q = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params) as T[];

describe('roles are checked inside the write layer', () => {
  it('refuses anonymous, system and wrong-role callers, and changes nothing (rows and audit)', () => {
    const before = tableCounts();
    const audit = dump('audit_log');
    expect(() => createProposal({ db, by: null as never, why: 'why' }, newStatePayload())).toThrow(ForbiddenError);
    expect(() => createProposal({ db, by: { userId: null, role: 'system', label: 'import:x' }, why: 'why' }, newStatePayload())).toThrow(ForbiddenError);
    expect(() => createProposal({ db, by: { userId: 'u', role: 'guest' as never, label: 'Guest' }, why: 'why' }, newStatePayload())).toThrow(ForbiddenError);
    expect(() => createProposal({ db, by: { ...editor, label: 'import:seed' }, why: 'why' }, newStatePayload())).toThrow(ForbiddenError);
    const p = createProposal({ db, by: editor, why: 'New State' }, newStatePayload('ruritania-a'));
    const afterProposal = tableCounts();
    expect(() => reviewProposal({ db, by: editor2, why: 'looks good' }, { id: p.id, decision: 'approve' })).toThrow(ForbiddenError);
    expect(() => reviewProposal({ db, by: null as never, why: 'looks good' }, { id: p.id, decision: 'approve' })).toThrow(ForbiddenError);
    expect(() => setSelfReview({ db, by: reviewer, why: 'one-person team' }, true)).toThrow(ForbiddenError);
    expect(tableCounts()).toEqual(afterProposal);
    expect(afterProposal.audit_log).toBe(before.audit_log! + 1);
    expect(dump('audit_log').slice(0, audit.length)).toEqual(audit);
  });

  it('refuses a reviewer approving their own proposal unless the logged single-person setting is on', () => {
    const own = createProposal({ db, by: reviewer, why: 'I found this' }, newStatePayload('ruritania-b'));
    expect(() => reviewProposal({ db, by: reviewer, why: 'self' }, { id: own.id, decision: 'approve' })).toThrow(/other than its author/);
    setSelfReview({ db, by: admin, why: 'We are a team of one this month' }, true);
    expect(listAudit(db, { action: 'setting.change' })[0]).toMatchObject({
      writerLabel: 'Ada Admin',
      reason: 'We are a team of one this month',
      after: { value: true },
    });
    expect(reviewProposal({ db, by: reviewer, why: 'self-approved, setting on' }, { id: own.id, decision: 'approve' }).proposal.status).toBe('published');
    setSelfReview({ db, by: admin, why: 'Back to two people' }, false);
  });

  it('gives per-field messages for invalid input and writes nothing', () => {
    const before = tableCounts();
    const bad = newStatePayload('ruritania-c') as { document: Record<string, unknown> };
    bad.document.title = '  ';
    bad.document.url = 'javascript:alert(1)';
    const err = (() => {
      try {
        createProposal({ db, by: editor, why: 'why' }, bad);
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys(err!.fieldErrors)).toEqual(expect.arrayContaining(['document.title', 'document.url']));
    expect(() => createProposal({ db, by: editor, why: '' }, newStatePayload('ruritania-c'))).toThrow(ValidationError);
    expect(() =>
      createProposal({ db, by: editor, why: 'why' }, { ...newStatePayload('denmark'), newActor: { ...newStatePayload().newActor!, slug: 'denmark' } }),
    ).toThrow(/already tracked/);
    expect(tableCounts()).toEqual(before);
  });
});

describe('publishing', () => {
  it('approving a new State publishes actor, document, passage and two codings in one step, audited, and bumps the data version', () => {
    const version = readDataVersion(db);
    const p = createProposal({ db, by: editor, why: 'Ruritania published its position' }, newStatePayload());
    expect(readDataVersion(db)).toBe(version); // a proposal is not public data
    expect(q('SELECT 1 FROM actors WHERE slug = ?', 'ruritania')).toHaveLength(0);

    const outcome = reviewProposal({ db, by: reviewer, why: 'Checked against the source' }, { id: p.id, decision: 'approve' });
    expect(outcome.proposal.status).toBe('published');
    expect(outcome.dataVersion).toBe(version + 1);
    expect(readDataVersion(db)).toBe(version + 1);
    const rows = q<{ dimension_key: string; value: string; reason: string; created_by: string }>(
      `SELECT c.dimension_key, c.value, c.reason, c.created_by FROM codings c JOIN actors a ON a.id = c.actor_id WHERE a.slug = 'ruritania' ORDER BY c.dimension_key`,
    );
    expect(rows).toEqual([
      { dimension_key: 'applicability', value: 'binding_obligation', reason: 'original', created_by: 'Eda Editor' },
      { dimension_key: 'knowledge', value: 'actual_or_constructive', reason: 'original', created_by: 'Eda Editor' },
    ]);
    expect(
      q(`SELECT count(*) AS n FROM coding_passages cp JOIN codings c ON c.id = cp.coding_id JOIN actors a ON a.id = c.actor_id WHERE a.slug = 'ruritania'`),
    ).toEqual([{ n: 2 }]);
    expect(q(`SELECT actor_slug FROM search_index WHERE search_index MATCH 'Ruritania'`)).toContainEqual({ actor_slug: 'ruritania' });
    const actions = listAudit(db, { limit: 10 }).map((a) => `${a.action}:${a.entity}`);
    expect(actions).toEqual(expect.arrayContaining(['proposal.approve:proposal', 'publish:actor', 'publish:document', 'publish:coding']));
    expect(() => reviewProposal({ db, by: reviewer, why: 'again' }, { id: p.id, decision: 'approve' })).toThrow(ConflictError);
  });

  it('a correction appends a row that supersedes the old one, with its reason; a second correction of the old row is refused', () => {
    const [old] = q<{ id: number; value: string }>(
      `SELECT c.id, c.value FROM codings c JOIN actors a ON a.id = c.actor_id WHERE a.slug = 'ruritania' AND c.dimension_key = 'applicability'`,
    );
    const p = createProposal(
      { db, by: editor, why: 'Paragraph 12 speaks of a norm, not law' },
      {
        kind: 'correction',
        codingId: old!.id,
        value: 'voluntary_norm',
        confidence: 'low',
      },
    );
    const stale = createProposal({ db, by: editor2, why: 'Other view' }, { kind: 'withdrawal', codingId: old!.id });
    reviewProposal({ db, by: reviewer, why: 'Agreed' }, { id: p.id, decision: 'approve' });
    const chain = q<{ id: number; value: string; supersedes_id: number | null; reason: string; reason_note: string | null }>(
      `SELECT id, value, supersedes_id, reason, reason_note FROM codings WHERE id = ? OR supersedes_id = ? ORDER BY id`,
      old!.id,
      old!.id,
    );
    expect(chain).toEqual([
      { id: old!.id, value: 'binding_obligation', supersedes_id: null, reason: 'original', reason_note: null },
      { id: expect.any(Number), value: 'voluntary_norm', supersedes_id: old!.id, reason: 'correction', reason_note: 'Paragraph 12 speaks of a norm, not law' },
    ]);
    const before = tableCounts();
    expect(() => reviewProposal({ db, by: reviewer, why: 'ok' }, { id: stale.id, decision: 'approve' })).toThrow(ConflictError);
    expect(tableCounts()).toEqual(before);
    expect(getProposal(db, stale.id)!.status).toBe('pending');
    // And a new proposal against the superseded row is refused at once.
    expect(() => createProposal({ db, by: editor, why: 'Late' }, { kind: 'withdrawal', codingId: old!.id })).toThrow(ConflictError);
    expect(tableCounts()).toEqual(before);
  });

  it('a withdrawal appends a row with no value and no words; withdrawing it again is refused', () => {
    const [old] = q<{ id: number }>(
      `SELECT c.id FROM codings c JOIN actors a ON a.id = c.actor_id WHERE a.slug = 'ruritania' AND c.dimension_key = 'knowledge'`,
    );
    const p = createProposal({ db, by: editor, why: 'The knowledge wording is not in the text' }, { kind: 'withdrawal', codingId: old!.id });
    const { published } = reviewProposal({ db, by: reviewer, why: 'Agreed' }, { id: p.id, decision: 'approve' });
    const [row] = q<Record<string, unknown>>(
      'SELECT value, free_text, supersedes_id, reason, reason_note, created_by FROM codings WHERE id = ?',
      published!.codingIds[0],
    );
    expect(row).toEqual({
      value: null,
      free_text: null,
      supersedes_id: old!.id,
      reason: 'withdrawal',
      reason_note: 'The knowledge wording is not in the text',
      created_by: 'Eda Editor',
    });
    expect(() => createProposal({ db, by: editor, why: 'Again' }, { kind: 'withdrawal', codingId: published!.codingIds[0]! })).toThrow(/already withdrawn/);
  });

  it('codes an uncoded dimension of an existing document, and refuses one that is already coded', () => {
    const doc = 'denmark-2020-joint-statement';
    const uncoded = q<{ n: number }>(
      `SELECT count(*) AS n FROM codings c JOIN documents d ON d.id = c.document_id WHERE d.slug = ? AND c.dimension_key = 'nature'`,
      doc,
    );
    expect(uncoded).toEqual([{ n: 0 }]);
    const p = createProposal(
      { db, by: editor, why: 'The statement speaks of appropriate action only' },
      {
        kind: 'coding',
        documentSlug: doc,
        actorSlug: 'denmark',
        dimension: 'nature',
        value: 'obligation_of_conduct',
        confidence: 'low',
      },
    );
    const { published } = reviewProposal({ db, by: reviewer, why: 'Fine' }, { id: p.id, decision: 'approve' });
    const [row] = q<Record<string, unknown>>('SELECT value, reason, created_by, supersedes_id FROM codings WHERE id = ?', published!.codingIds[0]);
    expect(row).toEqual({ value: 'obligation_of_conduct', reason: 'original', created_by: 'Eda Editor', supersedes_id: null });
    expect(q('SELECT count(*) AS n FROM coding_passages WHERE coding_id = ?', published!.codingIds[0])).toEqual([{ n: 1 }]);
    const before = tableCounts();
    expect(() =>
      createProposal(
        { db, by: editor, why: 'again' },
        {
          kind: 'coding',
          documentSlug: doc,
          actorSlug: 'denmark',
          dimension: 'nature',
          value: 'obligation_of_result',
          confidence: 'low',
        },
      ),
    ).toThrow(ConflictError);
    expect(() =>
      createProposal(
        { db, by: editor, why: 'wrong actor' },
        {
          kind: 'coding',
          documentSlug: doc,
          actorSlug: 'china',
          dimension: 'monitoring',
          value: 'monitoring_expected',
          confidence: 'low',
        },
      ),
    ).toThrow(/not an author/);
    expect(() =>
      createProposal(
        { db, by: editor, why: 'bad value' },
        {
          kind: 'coding',
          documentSlug: doc,
          actorSlug: 'denmark',
          dimension: 'monitoring',
          value: 'psychic',
          confidence: 'low',
        },
      ),
    ).toThrow(ValidationError);
    expect(tableCounts()).toEqual(before);
  });

  it('a rejection needs a reason, is audited, and publishes nothing', () => {
    const p = createProposal({ db, by: editor, why: 'Another State' }, newStatePayload('ruritania-d'));
    const version = readDataVersion(db);
    expect(() => reviewProposal({ db, by: reviewer, why: ' ' }, { id: p.id, decision: 'reject' })).toThrow(ValidationError);
    const outcome = reviewProposal({ db, by: reviewer, why: 'No source for this' }, { id: p.id, decision: 'reject' });
    expect(outcome.proposal).toMatchObject({ status: 'rejected', reviewReason: 'No source for this', reviewerLabel: 'Rex Reviewer' });
    expect(q('SELECT 1 FROM actors WHERE slug = ?', 'ruritania-d')).toHaveLength(0);
    expect(readDataVersion(db)).toBe(version);
    expect(listAudit(db, { entity: 'proposal', entityId: p.id }).map((a) => a.action)).toEqual(['proposal.reject', 'proposal.create']);
  });

  it('a failure in the middle of publishing leaves nothing: no actor, document, passage, coding, audit row or version bump', () => {
    const p = createProposal({ db, by: editor, why: 'A State whose second coding fails' }, newStatePayload('ruritania-e'));
    const before = tableCounts();
    const audit = dump('audit_log');
    const version = readDataVersion(db);
    // A real SQLite failure after the actor, document, passage and first coding were inserted (no mock).
    db.$client.exec(`CREATE TEMP TRIGGER fail_knowledge BEFORE INSERT ON codings WHEN NEW.dimension_key = 'knowledge'
      BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
    try {
      expect(() => reviewProposal({ db, by: reviewer, why: 'Approve' }, { id: p.id, decision: 'approve' })).toThrow(/disk on fire/);
    } finally {
      db.$client.exec('DROP TRIGGER fail_knowledge');
    }
    expect(tableCounts()).toEqual(before);
    expect(dump('audit_log')).toEqual(audit);
    expect(readDataVersion(db)).toBe(version);
    expect(getProposal(db, p.id)!.status).toBe('pending');
    expect(reviewProposal({ db, by: reviewer, why: 'Approve, disk fixed' }, { id: p.id, decision: 'approve' }).proposal.status).toBe('published');
  });
});

describe('the audit log', () => {
  it('cannot be updated or deleted, not even directly in SQL', () => {
    const rows = dump('audit_log');
    expect(rows.length).toBeGreaterThan(5);
    expect(() => db.$client.exec("UPDATE audit_log SET reason = 'rewritten'")).toThrow(/append-only/);
    expect(() => db.$client.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(dump('audit_log')).toEqual(rows);
  });
});
