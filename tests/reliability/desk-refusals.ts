/**
 * Hostile requests to the desk's server actions and to /api/auth, generated from the build's own action manifest
 * (every action, on a page that has it): foreign, `null` and missing Origin (as a form post and as a JavaScript call),
 * unknown action ids, unreadable bodies, arguments of the wrong shape, hand-made form posts to form-state actions, an
 * action posted to a page without it, and unknown paths under /api/auth. Each case says what it expects: the status
 * and words the answer's body must contain. Used by tests/e2e/refusals.spec.ts and tests/reliability/hostile-desk.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type RefusalCase = {
  name: string;
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: FormData | string;
  /** The status (or one of the statuses) and words the body must contain. */
  expect: { status: number | number[]; says: RegExp };
};

type Manifest = { node: Record<string, { workers: Record<string, unknown>; exportedName?: string }> };

export type DeskAction = { id: string; name: string; path: string; params: number };

/** A concrete path for a manifest page ("app/editor/review/[id]/page" → "/editor/review/1"). */
function pathOf(worker: string): string {
  const path = worker
    .replace(/^app\//, '/')
    .replace(/\/?page$/, '')
    .split('/')
    .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'))
    .map((s) => (/^\[/.test(s) ? '1' : s))
    .join('/');
  return path || '/';
}

export function deskActions(distDir: string): DeskAction[] {
  const manifest = JSON.parse(readFileSync(join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => {
    // The parameter count Next.js writes into the id (see lib/http/action-request.ts); a wrapped action's is unknown
    // (byte 0x7f), and it is called as a form-state action, (prev, form).
    const info = parseInt(id.slice(0, 2), 16);
    const mask = (info >> 1) & 0x3f;
    const params = info & 1 ? 2 : [0, 1, 2, 3, 4, 5].reduce((n, i) => ((mask >> (5 - i)) & 1 ? i + 1 : n), 0);
    return { id, name: entry.exportedName ?? id, path: pathOf(Object.keys(entry.workers).sort()[0]!), params };
  });
}

const FOREIGN = 'https://evil.example';
const ORIGIN_REFUSED = { status: 403, says: /not sent from this site/ };
const UNREADABLE = { status: 400, says: /could not be read/ };

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

/** What the page itself sends when the form is posted without JavaScript, plus some typed fields. */
function pageForm(a: DeskAction, typed: Record<string, string>): FormData {
  if (a.params < 2) return form({ [`$ACTION_ID_${a.id}`]: '', ...typed });
  return form({
    $ACTION_REF_1: '',
    '$ACTION_1:0': JSON.stringify({ id: a.id, bound: '$@1' }),
    '$ACTION_1:1': JSON.stringify([{ values: {}, errors: {} }]),
    $ACTION_KEY: 'k0',
    ...typed,
  });
}

/** What the page's JavaScript sends: the arguments as React's reply format, the form's fields under "1_". */
function fetchBody(a: DeskAction, typed: Record<string, string>): FormData | string {
  if (a.params === 0) return '[]';
  const args = [...Array(a.params - 1).fill({ values: {}, errors: {} }), '$K1'];
  return form({ '0': JSON.stringify(args), ...Object.fromEntries(Object.entries(typed).map(([k, v]) => [`1_${k}`, v])) });
}

/** Fields that would change something if an action ran them (an account, a role, a proposal, a password). */
const TYPED = { email: 'csrf-probe@example.org', name: 'Probe', role: 'admin', password: 'probe password 1234', userId: '1', reason: 'probe' };

export function refusalCases(origin: string, actions: DeskAction[], cookie = ''): RefusalCase[] {
  const withCookie = (h: Record<string, string>) => (cookie ? { ...h, cookie } : h);
  const cases: RefusalCase[] = [];
  for (const a of actions) {
    const post = (name: string, headers: Record<string, string>, body: FormData | string, expect: RefusalCase['expect'], path = a.path) =>
      cases.push({ name: `${a.name}: ${name}`, path, method: 'POST', headers: withCookie(headers), body, expect });
    const js = (extra: Record<string, string>) => ({
      'next-action': a.id,
      ...(a.params === 0 ? { 'content-type': 'text/plain;charset=UTF-8' } : {}),
      ...extra,
    });
    post('form post, foreign Origin', { origin: FOREIGN }, pageForm(a, TYPED), ORIGIN_REFUSED);
    post('form post, Origin null', { origin: 'null' }, pageForm(a, TYPED), ORIGIN_REFUSED);
    post('form post, no Origin', {}, pageForm(a, TYPED), ORIGIN_REFUSED);
    post('JavaScript call, foreign Origin', js({ origin: FOREIGN }), fetchBody(a, TYPED), ORIGIN_REFUSED);
    post('JavaScript call, Origin null', js({ origin: 'null' }), fetchBody(a, TYPED), ORIGIN_REFUSED);
    post('JavaScript call, no Origin', js({}), fetchBody(a, TYPED), ORIGIN_REFUSED);
    const unknownId = `${a.id.slice(0, 2)}${'0'.repeat(40)}`;
    post('JavaScript call, unknown action id', { origin, 'next-action': unknownId }, fetchBody(a, TYPED), {
      status: 400,
      says: /action this version of the site does not have/,
    });
    post('JavaScript call, malformed id', { origin, 'next-action': 'x'.repeat(300) }, '[]', UNREADABLE);
    post('JavaScript call, unreadable body', { origin, 'next-action': a.id, 'content-type': 'text/plain;charset=UTF-8' }, 'garbage{', UNREADABLE);
    post('form post, unreadable multipart', { origin, 'content-type': 'multipart/form-data; boundary=xyz' }, '--xyz\r\nbroken', UNREADABLE);
    post('form post naming no action', { origin }, form(TYPED), UNREADABLE);
    post('form post, malformed action reference', { origin }, form({ $ACTION_REF_1: '', '$ACTION_1:0': '{bad', ...TYPED }), UNREADABLE);
    post('form post, unknown action', { origin }, form({ [`$ACTION_ID_${unknownId}`]: '', ...TYPED }), UNREADABLE);
    post('form post to a page without this action', { origin }, pageForm(a, TYPED), UNREADABLE, '/method');
    if (a.params > 0) {
      post('JavaScript call, arguments of the wrong shape', { origin, 'next-action': a.id, 'content-type': 'text/plain;charset=UTF-8' }, '[1,2]', UNREADABLE);
    }
    if (a.params > 1) {
      // A hand-made no-JavaScript post: the action's id alone, without the state the page adds.
      post('hand-made form post to a form-state action', { origin }, form({ [`$ACTION_ID_${a.id}`]: '', ...TYPED }), UNREADABLE);
      post(
        'form post without the bound state',
        { origin },
        form({ $ACTION_REF_1: '', '$ACTION_1:0': JSON.stringify({ id: a.id, bound: null }), ...TYPED }),
        UNREADABLE,
      );
    }
  }
  for (const tail of [
    'unknown',
    'sign-in',
    'sign-in/unknown',
    'admin',
    'admin/unknown-endpoint',
    '..%2Fetc',
    'x'.repeat(300),
    '%E2%9C%93',
    'sign-up/email',
    'get-session/extra',
  ]) {
    cases.push({
      name: `GET /api/auth/${tail.slice(0, 30)}`,
      path: `/api/auth/${tail}`,
      method: 'GET',
      headers: withCookie({}),
      // better-auth limits any /sign-in… and /sign-up… path to 3 requests in 10 s: a 429 with its reason is right too.
      expect: /sign-(in|up)/.test(tail) ? { status: [404, 429], says: /No such endpoint|Too many requests/ } : { status: 404, says: /No such endpoint/ },
    });
    cases.push({
      name: `POST /api/auth/${tail.slice(0, 30)}`,
      path: `/api/auth/${tail}`,
      method: 'POST',
      headers: withCookie({ origin, 'content-type': 'application/json' }),
      body: '{}',
      expect: { status: 405, says: /read-only|not accepted/ },
    });
  }
  return cases;
}

export const statusExpected = (c: RefusalCase, status: number) => (Array.isArray(c.expect.status) ? c.expect.status : [c.expect.status]).includes(status);

export async function send(base: string, c: RefusalCase): Promise<{ status: number; body: string; contentType: string }> {
  const res = await fetch(`${base}${c.path}`, { method: c.method, headers: c.headers, body: c.body, redirect: 'manual' });
  return { status: res.status, body: await res.text(), contentType: res.headers.get('content-type') ?? '' };
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Posts the sign-in form as a browser without JavaScript does (the page's own hidden fields), optionally with an
 * X-Forwarded-For. Returns the status, the Set-Cookie (on success) and the page's text.
 */
export async function postSignIn(base: string, email: string, password: string, forwardedFor?: string) {
  const page = await (await fetch(`${base}/sign-in`)).text();
  const formHtml = /<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/i.exec(page)?.[1] ?? '';
  const f = new FormData();
  for (const m of formHtml.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) f.append(unescapeHtml(m[1]!), unescapeHtml(m[2] ?? ''));
  f.append('email', email);
  f.append('password', password);
  const res = await fetch(`${base}/sign-in`, {
    method: 'POST',
    headers: { origin: base, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: f,
    redirect: 'manual',
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  return { status: res.status, cookie, text: await res.text() };
}
