/**
 * A source file proposed through the desk (issue 21): kept with the pending proposal, nothing public until a reviewer
 * approves; then stored exactly as `npm run source:add` stores a file, with the proposal's origin as provenance; a
 * rejected proposal keeps its file; refusals write nothing. Against a real SQLite database, with real PDFs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listAudit } from '@/db/write/audit';
import { ConflictError, ForbiddenError, ValidationError } from '@/db/write/errors';
import { createProposal, reviewProposal } from '@/db/write/proposals';
import { attachSourceFromCommandLine } from '@/db/write/sources';
import { readDataVersion } from '@/db/write/version';
import type { ProposedSource } from '@/lib/editorial/payloads';
import { prepareSource, type PreparedSource } from '@/server/sources/prepare-source';
import { SOURCE_ADD_WRITER } from '@/scripts/source-add';
import { makePdf } from '../helpers/source-files';
import { seedTestDb } from '../helpers/db';
import { actor, record, seedOf } from '../fixtures/seed';
import { admin, dump, editor, newStatePayload, reviewer, tableCounts } from './helpers';

const q = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params) as T[];
const KNOWN = 'A State should have known of the operation.';
// Slugs as the desk's payloads take them (a-z, 0-9, single hyphens).
const STATE_DOC = 'ruritania-2026-paper';
const OTHER_STATE_DOC = 'freedonia-2025-statement';

let paper: PreparedSource;
let other: PreparedSource;

/** What the desk's form sends with a file: the editor's details and the server's reading of the file. */
function proposed(file: PreparedSource, over: Partial<ProposedSource> = {}): ProposedSource {
  const x = file.extracted;
  return {
    originalUrl: 'https://example.org/paper.pdf',
    obtainedOn: '2026-04-01',
    redistribution: null,
    file: {
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.bytes.length,
      sha256: file.sha256,
      kind: x.kind,
      unitKind: x.unitKind,
      unitCount: x.units.length,
    },
    ...over,
  };
}
const attach = (documentSlug: string, file: PreparedSource, over: Partial<ProposedSource> = {}) => ({
  kind: 'attach_source' as const,
  documentSlug,
  source: proposed(file, over),
});
const searchHits = (phrase: string) =>
  q<{ slug: string; seq: number }>(
    `SELECT d.slug, t.seq FROM source_text_search JOIN source_texts t ON t.id = source_text_search.rowid
     JOIN sources s ON s.id = t.source_id JOIN documents d ON d.id = s.document_id WHERE source_text_search MATCH ?`,
    `"${phrase}"`,
  );

beforeAll(async () => {
  seedTestDb(
    seedOf([
      actor('ruritania', [record(STATE_DOC, '2026-03', { applicability: 'binding_obligation' }, { authors: ['ruritania'] })]),
      actor('freedonia', [record(OTHER_STATE_DOC, '2025-05', {}, { type: 'oewg_statement', authors: ['freedonia'] })]),
    ]),
  );
  paper = await prepareSource(makePdf([['Ruritania holds that due diligence binds States.'], [KNOWN]]), 'paper.pdf');
  other = await prepareSource(makePdf([['Freedonia on cyber operations and due diligence.']]), 'freedonia.pdf');
});

describe('proposing a source file', () => {
  it('refuses anonymous and malformed writers and writes nothing', () => {
    const before = tableCounts();
    for (const who of [null, { userId: null, role: 'system', label: 'import:x' }, { userId: 'u', role: 'guest', label: 'Guest' }]) {
      expect(() => createProposal({ db, by: who as never, why: 'attach' }, attach(STATE_DOC, paper), paper)).toThrow(ForbiddenError);
    }
    expect(tableCounts()).toEqual(before);
  });

  it('refuses a missing file, a file with the wrong kind of proposal, a file that is not the one named, and an unknown document', () => {
    const before = tableCounts();
    const fieldsOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).fieldErrors;
      }
      throw new Error('not refused');
    };
    expect(fieldsOf(() => createProposal({ db, by: editor, why: 'attach' }, attach(STATE_DOC, paper)))).toEqual({
      file: ['Choose the source file (PDF, DOCX, HTML or text).'],
    });
    expect(fieldsOf(() => createProposal({ db, by: editor, why: 'attach' }, attach(STATE_DOC, paper), other)).file![0]).toMatch(
      /does not match the proposal \(fileName, sizeBytes, sha256/,
    );
    expect(fieldsOf(() => createProposal({ db, by: editor, why: 'x' }, newStatePayload('ruritania-x'), paper))).toEqual({
      file: ['This kind of proposal takes no file.'],
    });
    expect(fieldsOf(() => createProposal({ db, by: editor, why: 'attach' }, attach('no-such-document', paper), paper))).toEqual({
      documentSlug: ['There is no document "no-such-document".'],
    });
    const lying = { ...paper, mediaType: 'text/html' };
    expect(fieldsOf(() => createProposal({ db, by: editor, why: 'attach' }, attach(STATE_DOC, lying), lying))).toHaveProperty('mediaType');
    expect(fieldsOf(() => createProposal({ db, by: editor, why: 'attach' }, attach(STATE_DOC, paper, { obtainedOn: '2026-02-30' }), paper))).toHaveProperty(
      'source.obtainedOn',
    );
    expect(tableCounts()).toEqual(before);
  });

  it('keeps the file with the pending proposal: nothing public, no search hit, no new data version', () => {
    const before = tableCounts();
    const version = readDataVersion(db);
    const p = createProposal({ db, by: editor, why: 'The ministry published its paper' }, attach(STATE_DOC, paper), paper);
    expect(p).toMatchObject({ kind: 'attach_source', status: 'pending' });
    const kept = q<{ proposal_id: number; sha256: string; bytes: Buffer; extracted: string }>('SELECT * FROM proposal_sources WHERE proposal_id = ?', p.id)[0]!;
    expect(kept.sha256).toBe(paper.sha256);
    expect(new Uint8Array(kept.bytes)).toEqual(paper.bytes);
    expect(JSON.parse(kept.extracted).units.map((u: { text: string }) => u.text)).toEqual(paper.extracted.units.map((u) => u.text));
    const after = tableCounts();
    expect({ ...after, proposals: before.proposals, proposal_sources: before.proposal_sources, audit_log: before.audit_log }).toEqual(before);
    expect([after.proposals! - before.proposals!, after.proposal_sources! - before.proposal_sources!, after.audit_log! - before.audit_log!]).toEqual([1, 1, 1]);
    expect(searchHits('should have known')).toEqual([]);
    expect(readDataVersion(db)).toBe(version);
  });
});

describe('reviewing a proposed source file', () => {
  it('publishes it exactly as the command line stores it, with the proposal as provenance, and bumps the version', () => {
    const p = createProposal({ db, by: editor, why: 'Official text from the ministry' }, attach(STATE_DOC, paper), paper);
    const version = readDataVersion(db);
    const out = reviewProposal({ db, by: reviewer, why: 'The file is the official text' }, { id: p.id, decision: 'approve' });
    expect(out.dataVersion).toBeGreaterThan(version);
    expect(readDataVersion(db)).toBe(out.dataVersion);
    const [source] = q<Record<string, unknown>>(
      'SELECT s.* FROM sources s JOIN documents d ON d.id = s.document_id WHERE d.slug = ? ORDER BY s.id DESC',
      STATE_DOC,
    );
    expect(source).toMatchObject({
      sha256: paper.sha256,
      size_bytes: paper.bytes.length,
      kind: 'pdf',
      unit_count: 2,
      provenance: 'desk',
      proposal_id: p.id,
      attached_by_label: editor.label,
      attached_by_user_id: editor.userId,
      reason: 'Official text from the ministry',
      original_url: 'https://example.org/paper.pdf',
      obtained_on: '2026-04-01',
      redistribute: 1,
    });
    const [origin] = q<{ id: number; label: string; proposal_id: number }>('SELECT * FROM origins WHERE id = ?', source!.origin_id);
    expect(origin).toMatchObject({ proposal_id: p.id, label: `proposal ${p.id} by ${editor.label}` });
    const [file] = q<{ bytes: Buffer }>('SELECT bytes FROM source_files WHERE source_id = ?', source!.id);
    expect(new Uint8Array(file!.bytes)).toEqual(paper.bytes);
    expect(searchHits('should have known')).toEqual([{ slug: STATE_DOC, seq: 2 }]);
    const audit = listAudit(db, { entity: 'source' })[0]!;
    expect(audit).toMatchObject({ action: 'source.attach', writerLabel: reviewer.label, entityId: String(source!.id) });
    expect(audit.after).toMatchObject({ origin: `desk proposal ${p.id} by ${editor.label}`, documentSlug: STATE_DOC, proposalId: p.id });
  });

  it('is never replaced by the command line without --replace', () => {
    const before = tableCounts();
    const attempt = () =>
      attachSourceFromCommandLine(
        { db, by: SOURCE_ADD_WRITER, why: 'bulk folder' },
        { documentSlug: STATE_DOC, file: other, metadata: { originalUrl: null, obtainedOn: '2026-04-02', redistribution: null } },
      );
    expect(attempt).toThrow(ConflictError);
    expect(attempt).toThrow(/already has a source an editor attached \(paper\.pdf, .* by Eda Editor/);
    expect(tableCounts()).toEqual(before);
  });

  it('a rejection publishes nothing and keeps the file tied to the rejected proposal', () => {
    const p = createProposal({ db, by: editor, why: 'Another copy' }, attach(OTHER_STATE_DOC, other), other);
    const sources = dump('sources');
    const version = readDataVersion(db);
    reviewProposal({ db, by: reviewer, why: 'Not the official text' }, { id: p.id, decision: 'reject' });
    expect(dump('sources')).toEqual(sources);
    expect(readDataVersion(db)).toBe(version);
    expect(q('SELECT proposal_id FROM proposal_sources WHERE proposal_id = ?', p.id)).toHaveLength(1);
    expect(searchHits('Freedonia on cyber operations')).toEqual([]);
  });

  it('a new document proposed with its file is published with it', () => {
    const payload = {
      ...newStatePayload('ruritania-src'),
      source: proposed(other, { redistribution: { allowed: false, reason: 'Rights kept by the publisher' } }),
    };
    const p = createProposal({ db, by: editor, why: 'New paper with its file' }, payload, other);
    expect(q('SELECT proposal_id FROM proposal_sources WHERE proposal_id = ?', p.id)).toHaveLength(1);
    const out = reviewProposal({ db, by: admin, why: 'Checked' }, { id: p.id, decision: 'approve' });
    const slug = out.published!.documentSlug;
    const [source] = q<Record<string, unknown>>('SELECT s.* FROM sources s JOIN documents d ON d.id = s.document_id WHERE d.slug = ?', slug);
    expect(source).toMatchObject({
      sha256: other.sha256,
      provenance: 'desk',
      proposal_id: p.id,
      redistribute: 0,
      redistribution_reason: 'Rights kept by the publisher',
    });
    expect(searchHits('Freedonia on cyber operations')).toEqual([{ slug, seq: 1 }]);
  });

  it('keeps proposed files append-only in the database itself', () => {
    expect(() => db.$client.prepare("UPDATE proposal_sources SET file_name = 'x'").run()).toThrow(/append-only/);
    expect(() => db.$client.prepare('DELETE FROM proposal_sources').run()).toThrow(/append-only/);
  });
});
