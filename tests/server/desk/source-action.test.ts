/**
 * "Attach the source file" and a new document's file through the real desk actions, against a real SQLite file and a
 * real better-auth session: signed out changes nothing; a refused file (a PNG renamed .pdf, a ZIP bomb) is named with
 * what to do, the typed details are kept and no row is written; a good PDF becomes a pending proposal with its file.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => (await import('../../helpers/file-database')).useFileDatabase('desk-source-action'));
const request = { cookie: '' };
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: '127.0.0.1:3999', ...(request.cookie ? { cookie: request.cookie } : {}) }),
  cookies: async () => ({ set: () => undefined, get: () => undefined, delete: () => undefined }),
}));

import { getWriter } from '@/db/write/connection';
import { proposeDocumentAction } from '@/server/desk/actions/propose';
import { proposeSourceAction } from '@/server/desk/actions/propose-source';
import { seededEditorCookie } from './signed-in-editor';
import { makePdf, zipBombDocx } from '../../helpers/source-files';

const DOC = 'denmark-2020-joint-statement';
const TABLES = ['proposals', 'proposal_sources', 'sources', 'source_files', 'source_texts', 'audit_log'];
const rows = () => Object.fromEntries(TABLES.map((t) => [t, (getWriter().$client.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
const PDF = makePdf([['Position of Denmark'], ['A State should have known of the operation.']]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)]);

function form(fields: Record<string, string>, file?: { bytes: Uint8Array; name: string }): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  if (file) f.append('file', new File([new Uint8Array(file.bytes)], file.name));
  return f;
}
const SOURCE = { documentSlug: DOC, 'source.originalUrl': 'https://example.org/dk.pdf', 'source.obtainedOn': '2026-04-01', reason: 'Unit test' };

/** Runs an action that redirects on success: the redirect's target, or the form state it returned instead. */
async function submit(action: typeof proposeSourceAction, data: FormData): Promise<{ to: string } | Awaited<ReturnType<typeof proposeSourceAction>>> {
  try {
    return await action({ values: {}, errors: {} }, data);
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw e;
    return { to: digest.split(';')[2]! };
  }
}

beforeAll(async () => {
  request.cookie = await seededEditorCookie('src@example.org', 'Sam');
}, 60_000);

describe('attaching a source file through the desk', () => {
  it('signed out: told to sign in again, nothing stored', async () => {
    const before = rows();
    const saved = request.cookie;
    request.cookie = '';
    try {
      const state = await submit(proposeSourceAction, form(SOURCE, { bytes: PDF, name: 'dk.pdf' }));
      expect(state).toMatchObject({ message: expect.stringMatching(/session has ended/) });
    } finally {
      request.cookie = saved;
    }
    expect(rows()).toEqual(before);
  });

  it('refuses a bad file with its message, keeps what was typed, stores nothing', async () => {
    const before = rows();
    for (const [file, says] of [
      [{ bytes: PNG, name: 'scan.pdf' }, /^“scan\.pdf” is a PNG image, not a PDF, Word \(\.docx\), HTML or text file\..* Nothing was stored\.$/],
      [{ bytes: zipBombDocx(30 * 1024 * 1024), name: 'bomb.docx' }, /^“bomb\.docx” .* Nothing was stored\.$/],
      [undefined, /^Choose the source file/],
    ] as const) {
      const state = await submit(proposeSourceAction, form(SOURCE, file));
      expect(state).toMatchObject({ errors: { file: [expect.stringMatching(says)] } });
      expect((state as { values: Record<string, string> }).values).toMatchObject({ 'source.originalUrl': 'https://example.org/dk.pdf', reason: 'Unit test' });
    }
    const wrong = await submit(
      proposeSourceAction,
      form({ ...SOURCE, 'source.redistribution': 'allowed', 'source.obtainedOn': '2026-02-30' }, { bytes: PDF, name: 'dk.pdf' }),
    );
    expect(Object.keys((wrong as { errors: Record<string, string[]> }).errors).sort()).toEqual(['source.obtainedOn', 'source.redistributionReason']);
    expect(rows()).toEqual(before);
  });

  it('a good PDF becomes a pending proposal holding its file; nothing public yet', async () => {
    const before = rows();
    const done = await submit(proposeSourceAction, form(SOURCE, { bytes: PDF, name: 'dk.pdf' }));
    expect(done).toMatchObject({ to: expect.stringMatching(/^\/desk\/review\/\d+\?created=1$/) });
    const after = rows();
    expect([after.proposals! - before.proposals!, after.proposal_sources! - before.proposal_sources!, after.sources! - before.sources!]).toEqual([1, 1, 0]);
    const payload = JSON.parse((getWriter().$client.prepare('SELECT payload FROM proposals ORDER BY id DESC LIMIT 1').get() as { payload: string }).payload);
    expect(payload).toMatchObject({
      kind: 'attach_source',
      documentSlug: DOC,
      source: { originalUrl: 'https://example.org/dk.pdf', file: { fileName: 'dk.pdf', unitCount: 2 } },
    });
  });

  it('a new document may bring its file; without one it is proposed as before', async () => {
    const DOCUMENT = {
      actorSlug: 'denmark',
      'document.title': 'Source test (unit)',
      'document.date': '2026-11',
      'document.type': 'speech',
      'document.venue': 'Example venue',
      summary: 'A summary.',
      'source.obtainedOn': '2026-04-02',
      reason: 'Unit test',
    };
    const bad = await submit(proposeDocumentAction as typeof proposeSourceAction, form(DOCUMENT, { bytes: PNG, name: 'x.pdf' }));
    expect(bad).toMatchObject({ errors: { file: [expect.stringMatching(/is a PNG image/)] } });
    const withFile = await submit(proposeDocumentAction as typeof proposeSourceAction, form(DOCUMENT, { bytes: PDF, name: 'speech.pdf' }));
    expect(withFile).toMatchObject({ to: expect.stringMatching(/^\/desk\/review\/\d+/) });
    const id = Number((withFile as { to: string }).to.split('/')[3]!.split('?')[0]);
    expect(getWriter().$client.prepare('SELECT file_name FROM proposal_sources WHERE proposal_id = ?').get(id)).toEqual({ file_name: 'speech.pdf' });
    const without = await submit(proposeDocumentAction as typeof proposeSourceAction, form({ ...DOCUMENT, 'document.title': 'No file (unit)' }));
    const plain = Number((without as { to: string }).to.split('/')[3]!.split('?')[0]);
    expect(getWriter().$client.prepare('SELECT count(*) AS n FROM proposal_sources WHERE proposal_id = ?').get(plain)).toEqual({ n: 0 });
  });
});
