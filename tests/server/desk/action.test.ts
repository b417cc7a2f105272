/**
 * The one desk action (server/desk/action.ts), through the real proposal and review actions, against a real SQLite
 * file and a real better-auth session: a malformed or hostile submission gets a form state with errors and changes
 * nothing; "Preview" shows the actor's row with nothing stored. Only Next's request headers are stood in for.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

// A file, not ':memory:', so the writer and the desk's read snapshots see one database.
await vi.hoisted(async () => (await import('../../helpers/file-database')).useFileDatabase('desk-action'));
const request = { cookie: '' };
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: '127.0.0.1:3999', ...(request.cookie ? { cookie: request.cookie } : {}) }),
  cookies: async () => ({ set: () => undefined, get: () => undefined, delete: () => undefined }),
}));

import { getWriter } from '@/db/write/connection';
import { proposeCorrectionAction, proposeDocumentAction } from '@/server/desk/actions/propose';
import { reviewAction } from '@/server/desk/actions/review';
import { seededEditorCookie } from './signed-in-editor';

const count = (table: string) => (getWriter().$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const rows = () => ({ proposals: count('proposals'), audit: count('audit_log'), codings: count('codings'), documents: count('documents') });

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

const DOCUMENT = {
  actorSlug: 'denmark',
  'document.title': 'Preview test (unit)',
  'document.date': '2026-11',
  'document.type': 'speech',
  'document.venue': 'Example venue',
  'passages[0].quote': 'A quote.',
  'passages[0].locator': 'para. 1',
  'codings.prevention': 'includes_prevention',
  'codings.applicability': 'silent',
  confidence: 'low',
  summary: 'A summary.',
  reason: 'Unit test',
};

beforeAll(async () => {
  request.cookie = await seededEditorCookie('ed@example.org', 'Ed');
}, 60_000);

describe('the desk action', () => {
  it('answers anything a browser can send with a form state, and stores nothing', async () => {
    const before = rows();
    const hostile: [unknown, unknown][] = [
      [null, null],
      [{ rev: 'x' }, 'not a form'],
      [{ rev: Number.MAX_VALUE }, { get: () => 'x' }],
      [undefined, form({ intent: 'submit', actorSlug: '../../etc', 'document.title': 'x'.repeat(100_000), 'document.url': 'javascript:alert(1)' })],
      [{}, form({ $ACTION_ID_x: 'y', 'passages[99999999].quote': 'q', passageSlots: '1e9', intent: 'preview' })],
    ];
    for (const [prev, data] of hostile) {
      const state = await proposeDocumentAction(prev as never, data as never);
      expect(state.rev).toBeGreaterThanOrEqual(1);
      expect(Object.keys(state.errors).length + (state.message ? 1 : 0)).toBeGreaterThan(0);
      expect(state.values).not.toHaveProperty('$ACTION_ID_x');
    }
    const review = await reviewAction({ values: {}, errors: {} }, form({ proposalId: '1', decision: 'delete', reason: 'x' }));
    expect(review.message ?? review.errors.decision).toBeTruthy();
    const correction = await proposeCorrectionAction({ values: {}, errors: {} }, form({ codingId: '99999999', value: 'x', confidence: 'low', reason: 'x' }));
    expect(correction.message ?? Object.values(correction.errors).flat().join(' ')).toMatch(/\S/);
    expect(rows()).toEqual(before);
  });

  it('lists each problem by field, in plain words, and keeps what was typed', async () => {
    const state = await proposeDocumentAction({ values: {}, errors: {} }, form({ ...DOCUMENT, 'document.date': '2026-13', 'document.title': ' ', reason: '' }));
    // The reason is asked for with the rest, not after the other fields are fixed.
    expect(Object.keys(state.errors).sort()).toEqual(['document.date', 'document.title', 'reason']);
    expect(state.errors['document.title']).toEqual(['Fill in the title.']);
    expect(state.errors.reason).toEqual(['Give a reason: it is recorded with the change.']);
    expect(state.values['document.venue']).toBe('Example venue');
  });

  it('previews the actor’s matrix row after publishing, over all its documents, and stores nothing', async () => {
    const before = rows();
    const state = await proposeDocumentAction({ values: {}, errors: {} }, form({ ...DOCUMENT, intent: 'preview' }));
    expect(state.errors).toEqual({});
    const preview = state.preview!;
    expect(preview.actor).toMatchObject({ slug: 'denmark', name: 'Denmark', tracked: true });
    const cell = (row: 'before' | 'after', d: string) => preview.rows![row].find((r) => r.dimension === d)!.outcome;
    // Denmark's other documents still decide applicability: the proposal's "silent" does not erase their view.
    expect(cell('after', 'applicability')).toEqual(expect.objectContaining({ kind: cell('before', 'applicability').kind }));
    expect(cell('after', 'prevention')).toMatchObject({ kind: 'value', value: 'includes_prevention' });
    expect(preview.rows!.changed).toContain('prevention');
    expect(preview.rows!.changed).not.toContain('applicability');
    expect(rows()).toEqual(before);
  });

  it('adds passage slots without a session, and tells a signed-out editor to sign in again', async () => {
    const saved = request.cookie;
    request.cookie = '';
    try {
      const more = await proposeDocumentAction({ values: {}, errors: {} }, form({ ...DOCUMENT, intent: 'more', passageSlots: '3' }));
      expect(more.values.passageSlots).toBe('5');
      const submit = await proposeDocumentAction({ values: {}, errors: {} }, form(DOCUMENT));
      expect(submit.message).toMatch(/session has ended/);
    } finally {
      request.cookie = saved;
    }
  });
});
