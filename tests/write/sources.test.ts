/** The write layer for sources: role checks, validation, append-only replacement, audit, data version, search index. */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listAudit } from '@/db/write/audit';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/db/write/errors';
import { inWriteTransaction } from '@/db/write/context';
import { attachSourceFromCommandLine, storeSource } from '@/db/write/sources';
import { readDataVersion } from '@/db/write/version';
import { prepareSource, type PreparedSource } from '@/server/sources/prepare-source';
import { SOURCE_ADD_WRITER } from '@/scripts/source-add';
import { makePdf } from '../helpers/source-files';
import { seedTestDb } from '../helpers/db';
import { EXPERT_DOC, OTHER_STATE_DOC, sourceTestSeed, STATE_DOC } from '../sources/helpers';
import { admin, dump, editor, reviewer, tableCounts } from './helpers';

const q = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params) as T[];
const meta = (over: Record<string, unknown> = {}) => ({
  originalUrl: 'https://example.org/paper.pdf',
  obtainedOn: '2026-04-01',
  redistribution: null,
  ...over,
});

let paper: PreparedSource;
let revised: PreparedSource;

beforeAll(async () => {
  seedTestDb(sourceTestSeed());
  paper = await prepareSource(makePdf([['Ruritania holds that due diligence binds States.'], ['A State should have known of the operation.']]), 'paper.pdf');
  revised = await prepareSource(makePdf([['Revised: due diligence binds States.']]), 'paper-rev.pdf');
});

describe('attachSourceFromCommandLine', () => {
  it('refuses anonymous and desk roles other than admin, and writes nothing', () => {
    const before = tableCounts();
    const audit = dump('audit_log');
    for (const who of [null, editor, reviewer, { ...editor, label: 'import:pretend' }]) {
      expect(() => attachSourceFromCommandLine({ db, by: who as never, why: 'attach' }, { documentSlug: STATE_DOC, file: paper, metadata: meta() })).toThrow(
        ForbiddenError,
      );
    }
    expect(tableCounts()).toEqual(before);
    expect(dump('audit_log')).toEqual(audit);
  });

  it('refuses invalid details per field, an unknown document, and a hash or type it did not compute itself', () => {
    const before = tableCounts();
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return null;
    };
    const bad = err(() =>
      attachSourceFromCommandLine(
        { db, by: SOURCE_ADD_WRITER, why: 'attach' },
        {
          documentSlug: STATE_DOC,
          file: paper,
          metadata: meta({ originalUrl: 'ftp://x', obtainedOn: '2026-02-30' }),
        },
      ),
    ) as ValidationError;
    expect(bad).toBeInstanceOf(ValidationError);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(['obtainedOn', 'originalUrl']);
    expect(
      err(() => attachSourceFromCommandLine({ db, by: SOURCE_ADD_WRITER, why: 'attach' }, { documentSlug: 'nope', file: paper, metadata: meta() })),
    ).toBeInstanceOf(NotFoundError);
    const lying = { ...paper, mediaType: 'text/html' };
    expect(
      (
        err(() =>
          attachSourceFromCommandLine({ db, by: SOURCE_ADD_WRITER, why: 'x' }, { documentSlug: STATE_DOC, file: lying, metadata: meta() }),
        ) as ValidationError
      ).fieldErrors,
    ).toHaveProperty('mediaType');
    const future = err(() =>
      attachSourceFromCommandLine(
        { db, by: SOURCE_ADD_WRITER, why: 'x' },
        { documentSlug: STATE_DOC, file: paper, metadata: meta({ obtainedOn: '2099-01-01' }) },
      ),
    );
    expect((future as ValidationError).fieldErrors).toEqual({ obtainedOn: ['must not be in the future'] });
    expect(tableCounts()).toEqual(before);
  });

  it('stores file, hash, text and audit in one transaction and bumps the data version', () => {
    const version = readDataVersion(db);
    const out = attachSourceFromCommandLine(
      { db, by: SOURCE_ADD_WRITER, why: 'Paper from the ministry site' },
      { documentSlug: STATE_DOC, file: paper, metadata: meta() },
    );
    expect(out.status).toBe('attached');
    expect(out.dataVersion).toBe(version + 1);
    expect(out.source).toMatchObject({
      sha256: paper.sha256,
      sizeBytes: paper.bytes.length,
      kind: 'pdf',
      unitCount: 2,
      provenance: 'command_line',
      attachedByLabel: 'import:source:add',
    });
    const [file] = q<{ bytes: Buffer }>('SELECT bytes FROM source_files WHERE source_id = ?', out.source.id);
    expect(new Uint8Array(file!.bytes)).toEqual(paper.bytes);
    expect(q<{ seq: number }>('SELECT seq FROM source_texts WHERE source_id = ? ORDER BY seq', out.source.id).map((r) => r.seq)).toEqual([1, 2]);
    const hits = q<{ seq: number }>(
      'SELECT t.seq FROM source_text_search JOIN source_texts t ON t.id = source_text_search.rowid WHERE source_text_search MATCH \'"should have known"\'',
    );
    expect(hits.map((h) => h.seq)).toEqual([2]);
    expect(listAudit(db, { entity: 'source' })[0]).toMatchObject({ action: 'source.attach', writerRole: 'system', reason: 'Paper from the ministry site' });
  });

  it('is a no-op for the same file and details (no audit, no new version)', () => {
    const before = tableCounts();
    const version = readDataVersion(db);
    const out = attachSourceFromCommandLine({ db, by: SOURCE_ADD_WRITER, why: 'again' }, { documentSlug: STATE_DOC, file: paper, metadata: meta() });
    expect(out.status).toBe('unchanged');
    expect(tableCounts()).toEqual(before);
    expect(readDataVersion(db)).toBe(version);
  });

  it('replaces a command-line source without asking, keeping the old file as history', () => {
    const out = attachSourceFromCommandLine(
      { db, by: admin, why: 'Corrected version published' },
      { documentSlug: STATE_DOC, file: revised, metadata: meta() },
    );
    expect(out.status).toBe('replaced');
    expect(out.superseded?.sha256).toBe(paper.sha256);
    expect(out.source.supersedesId).toBe(out.superseded?.id);
    expect(q('SELECT source_id FROM source_files')).toHaveLength(2);
    expect(listAudit(db, { entity: 'source' })[0]).toMatchObject({ action: 'source.replace', writerLabel: 'Ada Admin' });
  });

  it('refuses to replace a source an editor attached unless told to', () => {
    inWriteTransaction({ db, by: reviewer, why: 'Approved with the proposal', now: '2026-04-02T00:00:00.000Z' }, (ctx) =>
      storeSource(
        ctx,
        { documentSlug: OTHER_STATE_DOC, file: paper, metadata: meta(), sha256: paper.sha256 },
        {
          provenance: 'desk',
          proposalId: null,
          replace: false,
        },
      ),
    );
    const before = tableCounts();
    const attempt = () =>
      attachSourceFromCommandLine({ db, by: SOURCE_ADD_WRITER, why: 'bulk folder' }, { documentSlug: OTHER_STATE_DOC, file: revised, metadata: meta() });
    expect(attempt).toThrow(ConflictError);
    expect(attempt).toThrow(/an editor attached \(paper\.pdf, .* by Rex Reviewer on 2026-04-02\); nothing was written\. Pass --replace/);
    expect(tableCounts()).toEqual(before);
    const out = attachSourceFromCommandLine(
      { db, by: SOURCE_ADD_WRITER, why: 'bulk folder' },
      {
        documentSlug: OTHER_STATE_DOC,
        file: revised,
        metadata: meta(),
        replace: true,
      },
    );
    expect(out.status).toBe('replaced');
  });

  it('offers the file for download by default for official documents only, and takes an explicit choice with its reason', () => {
    const state = q<{ redistribute: number; redistribution_reason: string }>(
      'SELECT s.redistribute, s.redistribution_reason FROM sources s JOIN documents d ON d.id = s.document_id WHERE d.slug = ? ORDER BY s.id DESC LIMIT 1',
      STATE_DOC,
    )[0]!;
    expect(state).toEqual({ redistribute: 1, redistribution_reason: 'Official document of a government, published for the public record.' });
    const expert = attachSourceFromCommandLine({ db, by: SOURCE_ADD_WRITER, why: 'manual' }, { documentSlug: EXPERT_DOC, file: paper, metadata: meta() });
    expect(expert.source.redistribute).toBe(false);
    expect(expert.source.redistributionReason).toMatch(/^Not an official government or UN document/);
    const chosen = attachSourceFromCommandLine(
      { db, by: SOURCE_ADD_WRITER, why: 'licence checked' },
      {
        documentSlug: EXPERT_DOC,
        file: paper,
        metadata: meta({ redistribution: { allowed: true, reason: 'Published under CC BY 4.0' } }),
      },
    );
    expect(chosen.source).toMatchObject({ redistribute: true, redistributionReason: 'Published under CC BY 4.0' });
  });

  it('keeps sources, files and texts append-only in the database itself', () => {
    expect(() => db.$client.prepare("UPDATE sources SET file_name = 'x'").run()).toThrow(/append-only/);
    expect(() => db.$client.prepare('DELETE FROM sources').run()).toThrow(/append-only/);
    expect(() => db.$client.prepare("UPDATE source_texts SET text = 'x'").run()).toThrow(/append-only/);
    expect(() => db.$client.prepare('DELETE FROM source_files').run()).toThrow(/append-only/);
    expect(() => db.$client.prepare('DELETE FROM documents').run()).toThrow();
  });
});

describe('a seed import with --replace', () => {
  it('is refused while stored sources exist, naming them, and changes nothing', async () => {
    const { importSeed } = await import('@/db/write/import');
    const { ImportRefusedError } = await import('@/db/write/errors');
    const before = tableCounts();
    expect(() => importSeed({ db, by: SOURCE_ADD_WRITER, why: 'import of replace', source: 'replace', replace: true }, sourceTestSeed())).toThrow(
      ImportRefusedError,
    );
    expect(() => importSeed({ db, by: SOURCE_ADD_WRITER, why: 'import of replace', source: 'replace', replace: true }, sourceTestSeed())).toThrow(
      /--replace would discard \d+ stored source files/,
    );
    expect(tableCounts()).toEqual(before);
  });
});
