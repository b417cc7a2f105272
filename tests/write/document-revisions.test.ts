/**
 * A document's own record corrected or withdrawn through the desk (payload → planner → carry-out), against the real
 * seed in SQLite: one transaction writes the record, the revision with before/after and reason, its typed audit event
 * and the data version; a withdrawn document leaves every public read but its own row.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listActorEvidence } from '@/db/queries/positions';
import { listAudit } from '@/db/write/audit';
import { ConflictError, ForbiddenError, ValidationError } from '@/db/write/errors';
import { createProposal, getProposal, reviewProposal } from '@/db/write/proposals';
import { readDataVersion } from '@/db/write/version';
import { revisionItem } from '@/lib/documents/revisions';
import { documentCorrectionPayloadSchema } from '@/lib/editorial/payloads';
import { actorId, seedTestDb } from '../helpers/db';
import { editor, reviewer, tableCounts } from './helpers';

beforeAll(() => {
  seedTestDb();
});

const q = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params) as T[];
type Doc = { slug: string; title: string; date: string; actor: string; id: number };

/** A seeded document with one author and a current applicability coding (the first in slug order not yet used). */
function singleAuthored(skip: readonly string[] = []): Doc {
  const rows = q<Doc>(`
    SELECT d.slug, d.title, d.date, a.slug AS actor, d.id FROM documents d
    JOIN document_authors da ON da.document_id = d.id JOIN actors a ON a.id = da.actor_id
    WHERE (SELECT count(*) FROM document_authors x WHERE x.document_id = d.id) = 1
      AND EXISTS (SELECT 1 FROM codings c WHERE c.document_id = d.id AND c.dimension_key = 'applicability' AND c.value IS NOT NULL)
    ORDER BY d.slug`);
  return rows.find((r) => !skip.includes(r.slug))!;
}

const revisions = (documentId: number) =>
  q<{ kind: 'correction' | 'withdrawal'; before: string; after: string | null; reason: string; created_by: string; created_at: string; origin_id: number }>(
    'SELECT kind, before, after, reason, created_by, created_at, origin_id FROM document_revisions WHERE document_id = ? ORDER BY id',
    documentId,
  );

describe('the payload of a document correction', () => {
  it('takes any subset of the fields, and refuses a bad date, a bad address, no author or an author twice, naming each field', () => {
    expect(
      documentCorrectionPayloadSchema.safeParse({ kind: 'document_correction', documentSlug: 'a-b', actorSlug: 'a', document: { title: 'T' } }).success,
    ).toBe(true);
    const bad = documentCorrectionPayloadSchema.safeParse({
      kind: 'document_correction',
      documentSlug: 'a-b',
      actorSlug: 'a',
      document: { date: '2019-02-30', url: 'javascript:alert(1)', title: ' ' },
      authors: [],
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['authors', 'document.date', 'document.title', 'document.url']);
    const twice = documentCorrectionPayloadSchema.safeParse({ kind: 'document_correction', documentSlug: 'a-b', actorSlug: 'a', authors: ['a', 'a'] });
    expect(twice.error!.issues.map((i) => i.message)).toEqual(['must not list an actor twice']);
  });
});

describe('publishing a correction of a document', () => {
  it('updates the record, appends the revision with before, after and reason, audits it and bumps the version, in one step', () => {
    const doc = singleAuthored();
    const version = readDataVersion(db);
    const p = createProposal(
      { db, by: editor, why: 'The speech was given on 29 May, under another title' },
      { kind: 'document_correction', documentSlug: doc.slug, actorSlug: doc.actor, document: { title: `${doc.title} (corrected)`, date: '2019-05-29' } },
    );
    expect(readDataVersion(db)).toBe(version);
    expect(revisions(doc.id)).toEqual([]);
    const out = reviewProposal({ db, by: reviewer, why: 'Checked against the ministry’s page' }, { id: p.id, decision: 'approve' });
    expect(out.dataVersion).toBe(version + 1);
    expect(q('SELECT title, date, date_precision, effective_date FROM documents WHERE id = ?', doc.id)).toEqual([
      { title: `${doc.title} (corrected)`, date: '2019-05-29', date_precision: 'day', effective_date: '2019-05-29' },
    ]);
    const [rev] = revisions(doc.id);
    expect(rev).toMatchObject({ kind: 'correction', reason: 'The speech was given on 29 May, under another title', created_by: editor.label });
    expect(q('SELECT kind, proposal_id FROM origins WHERE id = ?', rev!.origin_id)).toEqual([{ kind: 'desk', proposal_id: p.id }]);
    const item = revisionItem({ ...rev!, createdAt: rev!.created_at, before: JSON.parse(rev!.before), after: JSON.parse(rev!.after!) });
    expect(item.changes.map((c) => c.field)).toEqual(['Title', 'Date']);
    expect(item.changes[0]).toEqual({ field: 'Title', before: doc.title, after: `${doc.title} (corrected)` });
    expect(listAudit(db, { action: 'document.correct', entityId: doc.slug })).toHaveLength(1);
    // The record stays corrected: the same correction again changes nothing and is refused.
    const before = tableCounts();
    expect(() =>
      createProposal(
        { db, by: editor, why: 'Again' },
        { kind: 'document_correction', documentSlug: doc.slug, actorSlug: doc.actor, document: { date: '2019-05-29' } },
      ),
    ).toThrow(/changes nothing/);
    expect(tableCounts()).toEqual(before);
  });

  it('stores only what the form changed, so a later correction of another field is not undone', () => {
    const doc = singleAuthored();
    const [row] = q<{ venue: string; type: string; url: string | null }>('SELECT venue, type, url FROM documents WHERE id = ?', doc.id);
    const current = q<{ title: string; date: string }>('SELECT title, date FROM documents WHERE id = ?', doc.id)[0]!;
    const whole = { kind: 'document_correction', documentSlug: doc.slug, actorSlug: doc.actor } as const;
    const a = createProposal(
      { db, by: editor, why: 'Venue' },
      { ...whole, document: { ...current, type: row!.type, venue: 'Corrected venue', url: row!.url } },
    );
    expect(getProposal(db, a.id)!.payload).toEqual({ ...whole, document: { venue: 'Corrected venue' } });
  });

  it('an author taken off leaves the document with their codings of it withdrawn; their reading stays in the revision', () => {
    // A joint document and one of its authors with a coding of it: that author is taken off.
    const [joint] = q<{ id: number; slug: string; second: string }>(`
      SELECT d.id, d.slug, a.slug AS second FROM documents d
      JOIN codings c ON c.document_id = d.id AND c.value IS NOT NULL JOIN actors a ON a.id = c.actor_id
      WHERE (SELECT count(*) FROM document_authors x WHERE x.document_id = d.id) >= 2 ORDER BY d.slug, a.slug LIMIT 1`);
    const authors = q<{ slug: string }>(
      'SELECT a.slug FROM document_authors da JOIN actors a ON a.id = da.actor_id WHERE da.document_id = ? ORDER BY da.rowid',
      joint!.id,
    ).map((a) => a.slug);
    const kept = authors.filter((a) => a !== joint!.second);
    const first = kept[0]!;
    const p = createProposal(
      { db, by: editor, why: 'Not a co-author' },
      { kind: 'document_correction', documentSlug: joint!.slug, actorSlug: first, authors: kept },
    );
    reviewProposal({ db, by: reviewer, why: 'ok' }, { id: p.id, decision: 'approve' });
    expect(
      q<{ slug: string }>('SELECT a.slug FROM document_authors da JOIN actors a ON a.id = da.actor_id WHERE da.document_id = ?', joint!.id)
        .map((a) => a.slug)
        .sort(),
    ).toEqual([...kept].sort());
    const stated = q(
      `SELECT c.id FROM codings c WHERE c.document_id = ? AND c.actor_id = ? AND (c.value IS NOT NULL OR c.free_text IS NOT NULL)
         AND NOT EXISTS (SELECT 1 FROM codings l WHERE l.supersedes_id = c.id)`,
      joint!.id,
      actorId(joint!.second),
    );
    expect(stated).toEqual([]);
    const [rev] = revisions(joint!.id);
    expect(JSON.parse(rev!.before).authors.map((a: { actor: string }) => a.actor)).toEqual(authors);
  });
});

describe('publishing a withdrawal of a document', () => {
  it('takes it out of the as-of evidence and the search index, keeps its row, codings and history, and refuses any further change', () => {
    const doc = singleAuthored([singleAuthored().slug]);
    const codings = q('SELECT id FROM codings WHERE document_id = ?', doc.id);
    const p = createProposal(
      { db, by: editor, why: 'A duplicate of the same speech' },
      { kind: 'document_withdrawal', documentSlug: doc.slug, actorSlug: doc.actor },
    );
    reviewProposal({ db, by: reviewer, why: 'Same text' }, { id: p.id, decision: 'approve' });
    expect(q('SELECT slug FROM documents WHERE id = ?', doc.id)).toEqual([{ slug: doc.slug }]);
    expect(q('SELECT id FROM codings WHERE document_id = ?', doc.id)).toEqual(codings);
    expect(q('SELECT 1 FROM document_authors WHERE document_id = ?', doc.id)).toEqual([]);
    expect(q('SELECT 1 FROM search_index WHERE document_slug = ?', doc.slug)).toEqual([]);
    return listActorEvidence([actorId(doc.actor)]).then(([evidence]) => {
      expect(evidence!.documents.map((d) => d.slug)).not.toContain(doc.slug);
      const [rev] = revisions(doc.id);
      expect(rev).toMatchObject({ kind: 'withdrawal', after: null, reason: 'A duplicate of the same speech' });
      expect(listAudit(db, { action: 'document.withdraw', entityId: doc.slug })).toHaveLength(1);
      const before = tableCounts();
      expect(() => createProposal({ db, by: editor, why: 'Again' }, { kind: 'document_withdrawal', documentSlug: doc.slug, actorSlug: doc.actor })).toThrow(
        ConflictError,
      );
      expect(() =>
        createProposal({ db, by: editor, why: 'Fix' }, { kind: 'document_correction', documentSlug: doc.slug, actorSlug: doc.actor, document: { title: 'X' } }),
      ).toThrow(/withdrawn/);
      expect(tableCounts()).toEqual(before);
    });
  });

  it('anonymous, wrong-role and self-review requests change nothing', () => {
    const doc = singleAuthored();
    const payload = { kind: 'document_withdrawal', documentSlug: doc.slug, actorSlug: doc.actor } as const;
    const before = tableCounts();
    expect(() => createProposal({ db, by: null as never, why: 'why' }, payload)).toThrow(ForbiddenError);
    expect(() => createProposal({ db, by: { userId: null, role: 'system', label: 'import:x' }, why: 'why' }, payload)).toThrow(ForbiddenError);
    expect(() => createProposal({ db, by: editor, why: 'why' }, { ...payload, actorSlug: 'no-such-actor' })).toThrow(ValidationError);
    expect(tableCounts()).toEqual(before);
    const p = createProposal({ db, by: editor, why: 'Duplicate' }, payload);
    const after = tableCounts();
    expect(() => reviewProposal({ db, by: editor, why: 'mine' }, { id: p.id, decision: 'approve' })).toThrow(ForbiddenError);
    expect(() => reviewProposal({ db, by: { ...reviewer, userId: editor.userId }, why: 'mine' }, { id: p.id, decision: 'approve' })).toThrow(
      /other than its author/,
    );
    expect(tableCounts()).toEqual(after);
  });
});
