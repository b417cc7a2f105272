import { describe, expect, it } from 'vitest';
import { checkActionOrigin, checkFetchAction, checkFormPost, declaredParameters, isPossibleAction, workerRoute } from '@/lib/http/action-request';

// Ids as Next.js 16 writes them: the first byte marks the parameters used (0x60: two, 0x40: one, 0x00: none).
const FORM_STATE = `60${'a'.repeat(40)}`;
const PLAIN = `40${'b'.repeat(40)}`;
const NO_ARGS = `00${'c'.repeat(40)}`;
// A wrapped action (export const x = deskAction({…})): Next.js marks every parameter used and more.
const WRAPPED = `7f${'d'.repeat(40)}`;
const KNOWN = new Set([FORM_STATE, PLAIN, NO_ARGS, WRAPPED]);
const fields = (o: Record<string, string>) => new Map(Object.entries(o));

describe('server-action requests (lib/http/action-request.ts)', () => {
  it('recognises possible actions as Next.js does', () => {
    expect(isPossibleAction('POST', 'multipart/form-data; boundary=x', undefined)).toBe(true);
    expect(isPossibleAction('POST', 'application/x-www-form-urlencoded', undefined)).toBe(true);
    expect(isPossibleAction('POST', 'text/plain', FORM_STATE)).toBe(true);
    expect(isPossibleAction('POST', 'text/plain', undefined)).toBe(false);
    expect(isPossibleAction('GET', 'multipart/form-data', FORM_STATE)).toBe(false);
  });

  it('refuses a missing, null, malformed or foreign Origin with 403; accepts this host and configured origins', () => {
    for (const origin of [undefined, 'null', 'not a url', 'https://evil.example', 'http://127.0.0.1:9999']) {
      expect(checkActionOrigin(origin, '127.0.0.1:3000', []), String(origin)).toMatchObject({ status: 403 });
    }
    expect(checkActionOrigin('http://127.0.0.1:3000', '127.0.0.1:3000', [])).toBeNull();
    expect(checkActionOrigin('https://tracker.example.org', 'internal:3000', ['https://tracker.example.org/'])).toBeNull();
    expect(checkActionOrigin('https://evil.example', undefined, [])?.message).toContain('https://evil.example');
  });

  it('reads the declared parameters from the id', () => {
    expect([FORM_STATE, PLAIN, NO_ARGS, WRAPPED].map(declaredParameters)).toEqual([2, 1, 0, null]);
    expect(declaredParameters(`7e${'0'.repeat(40)}`)).toBe(6);
  });

  it('fetch actions: unknown ids are 400 with the not-found marker; bodies must carry the form the action expects', () => {
    const multipart = (root: string) => ({ multipart: fields({ '0': root, '1_email': 'a' }), text: null });
    expect(checkFetchAction(`60${'f'.repeat(40)}`, KNOWN, multipart('[]'))).toMatchObject({ status: 400, unknownAction: true });
    expect(checkFetchAction('hello', KNOWN, multipart('[]'))).toMatchObject({ status: 400, unknownAction: true });
    expect(checkFetchAction(FORM_STATE, KNOWN, multipart('[{"values":{}},"$K1"]'))).toBeNull();
    expect(checkFetchAction(FORM_STATE, KNOWN, multipart('[null,"$K1"]'))).toBeNull();
    expect(checkFetchAction(PLAIN, KNOWN, multipart('["$K1"]'))).toBeNull();
    expect(checkFetchAction(NO_ARGS, KNOWN, { multipart: null, text: '[]' })).toBeNull();
    // A wrapped action: the form must be the last argument sent.
    expect(checkFetchAction(WRAPPED, KNOWN, multipart('[{"values":{}},"$K1"]'))).toBeNull();
    expect(checkFetchAction(WRAPPED, KNOWN, multipart('["$K1",{"values":{}}]'))).toMatchObject({ status: 400 });
    expect(checkFetchAction(WRAPPED, KNOWN, multipart('[]'))).toMatchObject({ status: 400 });
    expect(checkFetchAction(WRAPPED, KNOWN, { multipart: null, text: '[1,2]' })).toMatchObject({ status: 400 });
    for (const body of [
      { multipart: null, text: 'garbage{' },
      { multipart: null, text: '[1,2]' },
      { multipart: null, text: '{"a":1}' },
      multipart('[{"values":{}}]'),
      multipart('[{"values":{}},"x"]'),
      multipart('not json'),
    ]) {
      expect(checkFetchAction(FORM_STATE, KNOWN, body), JSON.stringify(body.text ?? [...body.multipart!])).toMatchObject({ status: 400 });
    }
  });

  it('forms posted without JavaScript: one known action, and a form-state action only with its bound state', () => {
    const ref = (id: string, bound: string | null, state?: string) =>
      fields({ $ACTION_REF_1: '', '$ACTION_1:0': JSON.stringify({ id, bound }), ...(state !== undefined ? { '$ACTION_1:1': state } : {}), email: 'a' });
    expect(checkFormPost(ref(FORM_STATE, '$@1', '[{"values":{},"errors":{}}]'), KNOWN)).toBeNull();
    expect(checkFormPost(fields({ [`$ACTION_ID_${PLAIN}`]: '', userId: 'x' }), KNOWN)).toBeNull();
    expect(checkFormPost(ref(PLAIN, null), KNOWN)).toBeNull();
    expect(checkFormPost(ref(WRAPPED, '$@1', '[{"values":{},"errors":{}}]'), KNOWN)).toBeNull();
    expect(checkFormPost(fields({ [`$ACTION_ID_${WRAPPED}`]: '', email: 'a' }), KNOWN)).toMatchObject({ status: 400 });
    expect(checkFormPost(ref(WRAPPED, null), KNOWN)).toMatchObject({ status: 400 });
    const refused = [
      fields({ [`$ACTION_ID_${FORM_STATE}`]: '', email: 'a' }), // hand-made post to a form-state action
      ref(FORM_STATE, null),
      ref(FORM_STATE, '$@1', 'not json'),
      ref(FORM_STATE, '$@1'),
      ref(FORM_STATE, '$@1', '[]'),
      fields({ $ACTION_REF_1: '', '$ACTION_1:0': '{bad' }),
      fields({ email: 'a' }),
      fields({ [`$ACTION_ID_${PLAIN}`]: '', [`$ACTION_ID_${NO_ARGS}`]: '' }),
    ];
    for (const f of refused) expect(checkFormPost(f, KNOWN), JSON.stringify([...f])).toMatchObject({ status: 400 });
    expect(checkFormPost(fields({ [`$ACTION_ID_${'ab'.repeat(21)}`]: '' }), KNOWN)).toMatchObject({ status: 400, unknownAction: true });
  });

  it('maps manifest pages to the paths they answer', () => {
    expect(workerRoute('app/editor/review/[id]/page').test('/editor/review/12')).toBe(true);
    expect(workerRoute('app/editor/review/[id]/page').test('/editor/review')).toBe(false);
    expect(workerRoute('app/sign-in/page').test('/sign-in')).toBe(true);
    expect(workerRoute('app/sign-in/page').test('/sign-in/x')).toBe(false);
    expect(workerRoute('app/page').test('/')).toBe(true);
    expect(workerRoute('app/(desk)/docs/[...path]/page').test('/docs/a/b')).toBe(true);
    expect(workerRoute('app/shop/[[...all]]/page').test('/shop')).toBe(true);
  });
});
