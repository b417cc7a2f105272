/**
 * Every desk write (server actions and the /api/auth route) refuses anonymous and wrong-role callers and changes
 * nothing, counted row by row in the real SQLite database the actions write to. Only Next's request context is
 * stood in for (the cookie of a real better-auth session, created by a real sign-in against the same database).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

// One SQLite file for the write layer and the desk's reads (its review reads the proposal's possible duplicates).
await vi.hoisted(async () => (await import('../helpers/file-database')).useFileDatabase('actions-guard'));
const request = { cookie: '' };
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: '127.0.0.1:3999', ...(request.cookie ? { cookie: request.cookie } : {}) }),
  cookies: async () => ({ set: () => undefined, get: () => undefined, delete: () => undefined }),
}));

import { getWriter } from '@/db/write/connection';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/seed/load';
import { readSeedDir } from '@/seed/read';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { getAuth } from '@/server/auth/instance';
import { signInThroughHandler } from '@/server/auth/sign-in';
import { createUserAction, revokeSessionsAction, selfReviewAction, setPasswordAction, setRoleAction } from '@/server/desk/actions/users';
import { proposeCodingAction, proposeCorrectionAction, proposeDocumentAction, proposeWithdrawalAction } from '@/server/desk/actions/propose';
import { proposeSourceAction } from '@/server/desk/actions/propose-source';
import { reviewAction } from '@/server/desk/actions/review';
import { makePdf } from '../helpers/source-files';
import { GET as authGET, POST as authPOST } from '@/app/api/auth/[...all]/route';
import { EMPTY_FORM } from '@/lib/desk/form-state';
import { cookieHeader } from './helpers';

const SITE = 'http://127.0.0.1:3999';
const PASSWORD = 'correct horse battery';
const cookies: Record<'admin' | 'editor' | 'reviewer' | 'editor2', string> = { admin: '', editor: '', reviewer: '', editor2: '' };
const ids: Record<string, string> = {};

function snapshot(): Record<string, unknown> {
  const sqlite = getWriter().$client;
  const tables = (
    sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' AND name NOT IN ('auth_session', 'auth_rate_limit') ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  // Sessions and rate-limit counters are excluded: signing in is not a write to the record. Roles and settings are compared whole.
  return {
    ...Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n])),
    roles: sqlite.prepare('SELECT email, role FROM auth_user ORDER BY email').all(),
    passwords: sqlite.prepare('SELECT password FROM auth_account ORDER BY id').all(),
    settings: sqlite.prepare('SELECT * FROM editorial_settings ORDER BY key').all(),
    proposals: sqlite.prepare('SELECT id, status FROM proposals ORDER BY id').all(),
    sessions: (sqlite.prepare('SELECT count(*) AS n FROM auth_session').get() as { n: number }).n,
  };
}

function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

/** Runs a server action, turning Next's redirect (a thrown digest) into a value, as Next itself would. */
async function run<T>(fn: () => Promise<T>): Promise<T | 'redirected'> {
  try {
    return await fn();
  } catch (e) {
    if (e && typeof e === 'object' && 'digest' in e && String((e as { digest: string }).digest).startsWith('NEXT_REDIRECT')) return 'redirected';
    throw e;
  }
}

const DOCUMENT_FORM = {
  actorSlug: '',
  'newActor.name': 'Testland',
  'newActor.kind': 'state',
  'newActor.iso3': 'TST',
  'document.title': 'Test document (guard)',
  'document.date': '2026-03',
  'document.type': 'position_paper',
  'document.venue': 'Example venue',
  'document.url': 'https://example.org/test',
  'passages[0].quote': 'Test quote for the guard test.',
  'passages[0].locator': 'para. 1',
  'passages[0].role': 'due_diligence',
  'codings.applicability': 'binding_obligation',
  confidence: 'medium',
  summary: 'Test summary.',
  reason: 'Test proposal',
  intent: 'submit',
};

let codingId = 0;
let pendingId = 0;

beforeAll(async () => {
  const db = getWriter();
  migrateDatabase(db);
  seedDatabase(db, readSeedDir(DEFAULT_SEED_DIR), { now: '2026-01-01T00:00:00.000Z' });
  const auth = getAuth();
  for (const [key, role] of [
    ['admin', 'admin'],
    ['editor', 'editor'],
    ['reviewer', 'reviewer'],
    ['editor2', 'editor'],
  ] as const) {
    const { user } = await auth.api.createUser({ body: { email: `${key}@example.org`, password: PASSWORD, name: key, role } });
    ids[key] = user.id;
    const r = await signInThroughHandler(
      auth,
      { email: `${key}@example.org`, password: PASSWORD },
      { origin: SITE, forwardedFor: `10.1.0.${Object.keys(ids).length}` },
    );
    if (!r.ok) throw new Error(`sign-in ${key} failed`);
    cookies[key] = cookieHeader(r.setCookies);
  }
  codingId = (
    db.$client
      .prepare("SELECT id FROM codings c WHERE NOT EXISTS (SELECT 1 FROM codings l WHERE l.supersedes_id = c.id) AND dimension_key = 'applicability' LIMIT 1")
      .get() as { id: number }
  ).id;
  request.cookie = cookies.editor;
  expect(await run(() => proposeDocumentAction(EMPTY_FORM, form(DOCUMENT_FORM)))).toBe('redirected');
  pendingId = (db.$client.prepare("SELECT max(id) AS id FROM proposals WHERE status = 'pending'").get() as { id: number }).id;
}, 60_000);

describe('desk writes refuse anonymous and wrong-role callers (real SQLite, row counts before and after)', () => {
  const who = (name: 'anonymous' | keyof typeof cookies) => (request.cookie = name === 'anonymous' ? '' : cookies[name]);

  it('account actions: only an admin', async () => {
    for (const caller of ['anonymous', 'editor', 'reviewer'] as const) {
      who(caller);
      const before = snapshot();
      const created = await run(() => createUserAction(EMPTY_FORM, form({ email: 'new@example.org', name: 'New', role: 'admin', password: '' })));
      // Anonymous callers are told to sign in again; signed-in non-admins that only an admin may do this.
      const refused = (what: string) => ({ message: expect.stringMatching(new RegExp(`session has ended|Only an admin may ${what}`)) });
      expect(created).toMatchObject(refused('create accounts'));
      expect(await run(() => setRoleAction(EMPTY_FORM, form({ userId: ids.editor!, role: 'admin' })))).toMatchObject(refused('change roles'));
      expect(await run(() => revokeSessionsAction(EMPTY_FORM, form({ userId: ids.admin! })))).toMatchObject(refused('end sessions'));
      expect(await run(() => setPasswordAction(EMPTY_FORM, form({ userId: ids.admin! })))).toMatchObject(refused('set passwords'));
      expect(await run(() => selfReviewAction(EMPTY_FORM, form({ enabled: 'true', reason: 'sneaky' })))).toMatchObject(refused('change who reviews'));
      expect(snapshot(), caller).toEqual(before);
    }
  });

  it('account actions work for an admin (so the refusals above are not vacuous)', async () => {
    who('admin');
    const before = snapshot();
    const created = await run(() => createUserAction(EMPTY_FORM, form({ email: 'new@example.org', name: 'New', role: 'reviewer', password: '' })));
    expect(created).toMatchObject({ done: expect.stringMatching(/Created reviewer new@example.org/) });
    const after = snapshot() as { auth_user: number; audit_log: number };
    expect(after.auth_user).toBe((before.auth_user as number) + 1);
    expect(after.audit_log).toBe((before.audit_log as number) + 1);
  });

  it('proposals: anonymous callers store nothing', async () => {
    who('anonymous');
    const before = snapshot();
    expect(await run(() => proposeDocumentAction(EMPTY_FORM, form(DOCUMENT_FORM)))).toMatchObject({ message: expect.stringMatching(/session has ended/) });
    const correction = { codingId: String(codingId), value: 'rejects', confidence: 'low', reason: 'x' };
    expect(await run(() => proposeCorrectionAction(EMPTY_FORM, form(correction)))).toMatchObject({ message: expect.stringMatching(/session has ended/) });
    expect(await run(() => proposeWithdrawalAction(EMPTY_FORM, form({ codingId: String(codingId), reason: 'x' })))).toMatchObject({
      message: expect.stringMatching(/session has ended/),
    });
    const coding = {
      documentSlug: 'denmark-2020-joint-statement',
      actorSlug: 'denmark',
      dimension: 'capacity',
      value: 'unspecified',
      confidence: 'low',
      reason: 'x',
    };
    expect(await run(() => proposeCodingAction(EMPTY_FORM, form(coding)))).toMatchObject({ message: expect.stringMatching(/session has ended/) });
    const attach = form({ documentSlug: 'denmark-2020-joint-statement', 'source.obtainedOn': '2026-04-01', reason: 'x' });
    attach.append('file', new File([new Uint8Array(makePdf([['Position of Denmark on due diligence.']]))], 'dk.pdf'));
    expect(await run(() => proposeSourceAction(EMPTY_FORM, attach))).toMatchObject({ message: expect.stringMatching(/session has ended/) });
    expect(snapshot()).toEqual(before);
  });

  it('review: anonymous, an editor, and the author cannot approve; nothing is published', async () => {
    for (const caller of ['anonymous', 'editor2', 'editor'] as const) {
      who(caller);
      const before = snapshot();
      const r = await run(() => reviewAction(EMPTY_FORM, form({ proposalId: String(pendingId), decision: 'approve', reason: 'looks fine' })));
      expect(r, caller).toMatchObject({ message: expect.any(String) });
      expect(snapshot(), caller).toEqual(before);
    }
    who('reviewer');
    const before = snapshot() as { codings: number; documents: number };
    expect(await run(() => reviewAction(EMPTY_FORM, form({ proposalId: String(pendingId), decision: 'approve', reason: 'Checked against the source' })))).toBe(
      'redirected',
    );
    const after = snapshot() as { codings: number; documents: number };
    expect(after.documents).toBe(before.documents + 1);
    expect(after.codings).toBe(before.codings + 1);
  });

  it('/api/auth refuses writes with a missing or foreign Origin before better-auth runs', async () => {
    const before = snapshot();
    const body = JSON.stringify({ email: 'x@example.org', password: PASSWORD, name: 'x', role: 'admin' });
    const noOrigin = await authPOST(
      new Request(`${SITE}/api/auth/admin/create-user`, {
        method: 'POST',
        headers: { host: '127.0.0.1:3999', 'content-type': 'application/json', cookie: cookies.admin },
        body,
      }),
    );
    expect(noOrigin.status).toBe(403);
    const foreign = await authPOST(
      new Request(`${SITE}/api/auth/admin/create-user`, {
        method: 'POST',
        headers: { host: '127.0.0.1:3999', origin: 'http://evil.example', 'content-type': 'application/json', cookie: cookies.admin },
        body,
      }),
    );
    expect(foreign.status).toBe(403);
    const signOut = await authPOST(
      new Request(`${SITE}/api/auth/sign-out`, {
        method: 'POST',
        headers: { host: '127.0.0.1:3999', 'content-type': 'application/json', cookie: cookies.reviewer },
        body: '{}',
      }),
    );
    expect(signOut.status).toBe(403);
    // Same origin but anonymous or an editor: better-auth's admin plugin refuses.
    const anon = await authPOST(
      new Request(`${SITE}/api/auth/admin/create-user`, {
        method: 'POST',
        headers: { host: '127.0.0.1:3999', origin: SITE, 'content-type': 'application/json' },
        body,
      }),
    );
    expect(anon.status).toBeGreaterThanOrEqual(400);
    const asEditor = await authPOST(
      new Request(`${SITE}/api/auth/admin/create-user`, {
        method: 'POST',
        headers: { host: '127.0.0.1:3999', origin: SITE, 'content-type': 'application/json', cookie: cookies.editor },
        body,
      }),
    );
    expect(asEditor.status).toBe(403);
    const setRole = await authPOST(
      new Request(`${SITE}/api/auth/admin/set-role`, {
        method: 'POST',
        headers: { host: '127.0.0.1:3999', origin: SITE, 'content-type': 'application/json', cookie: cookies.editor },
        body: JSON.stringify({ userId: ids.editor, role: 'admin' }),
      }),
    );
    expect(setRole.status).toBe(403);
    expect(snapshot()).toEqual(before);
    // Reads are not blocked.
    const session = await authGET(new Request(`${SITE}/api/auth/get-session`, { headers: { host: '127.0.0.1:3999', cookie: cookies.reviewer } }));
    expect(session.status).toBe(200);
  });
});
