/**
 * The sign-in limit over real HTTP: a Node server that prepares each request as scripts/serve.ts does
 * (trustClientAddress) and hands it to better-auth's own handler, over a real migrated SQLite database. Requests
 * come from 127.0.0.1 with whatever X-Forwarded-For a client or a proxy would send.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeHandler } from 'better-auth/node';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT_SIGN_IN_LIMIT, SIGN_IN_RATE_LIMIT } from '@/server/auth/config';
import { ACCOUNT_LIMITED_CODE } from '@/server/auth/account-limit';
import { parseTrustedProxies, trustClientAddress } from '@/server/http/client-address';
import { addUser, count, freshAuth } from './helpers';

let server: Server | null = null;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function start(trustedProxies: string | undefined) {
  const { db, auth } = freshAuth();
  await addUser(auth, 'ed@example.org', 'editor');
  await addUser(auth, 'other@example.org', 'editor');
  const trusted = parseTrustedProxies(trustedProxies);
  const handler = toNodeHandler(auth);
  server = createServer((req, res) => {
    trustClientAddress(req, trusted);
    void handler(req, res);
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const signIn = async (email: string, password: string, forwardedFor?: string) => {
    const res = await fetch(`${origin}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: JSON.stringify({ email, password }),
    });
    const body = (await res.json().catch(() => ({}))) as { code?: string };
    return { status: res.status, code: body.code };
  };
  const get = (path: string, forwardedFor: string) => fetch(`${origin}${path}`, { headers: { 'x-forwarded-for': forwardedFor } });
  return { db, signIn, get };
}

const RIGHT = 'correct horse battery';
const wrong = (i: number) => `wrong guess number ${i}`;

describe('sign-in rate limit keys on an address the server can vouch for (real HTTP, real SQLite)', () => {
  it(`a client rotating X-Forwarded-For is limited after ${SIGN_IN_RATE_LIMIT.max} attempts, even with the right password`, async () => {
    const { signIn, db } = await start(undefined);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await signIn('ed@example.org', wrong(i), `203.0.113.${i + 1}`)).status);
    expect(statuses).toEqual([...Array(SIGN_IN_RATE_LIMIT.max).fill(401), ...Array(10 - SIGN_IN_RATE_LIMIT.max).fill(429)]);
    expect((await signIn('ed@example.org', RIGHT, '198.51.100.1')).status).toBe(429);
    expect(count(db, 'auth_session')).toBe(0);
    // Ten invented addresses added no rows: one counter for the socket's address, one for the account.
    expect(db.$client.prepare('SELECT key FROM auth_rate_limit ORDER BY key').pluck().all()).toEqual([
      expect.stringMatching(/^127\.0\.0\.1\|\/sign-in\/email$/),
      expect.stringMatching(/^account:/),
    ]);
  });

  it('behind a trusted proxy (TRUSTED_PROXIES=127.0.0.1/32) the limit keys on the forwarded address', async () => {
    const { signIn } = await start('127.0.0.1/32');
    for (let i = 0; i < SIGN_IN_RATE_LIMIT.max; i++) expect((await signIn('ed@example.org', wrong(i), '203.0.113.7')).status).toBe(401);
    expect((await signIn('ed@example.org', wrong(9), '203.0.113.7')).status).toBe(429);
    // A client-written entry to the left of the proxy's does not change who is counted.
    expect((await signIn('ed@example.org', wrong(9), '198.51.100.99, 203.0.113.7')).status).toBe(429);
    // Another forwarded address has its own count, and signs in.
    expect((await signIn('ed@example.org', RIGHT, '203.0.113.8')).status).toBe(200);
  });

  it(`guessing one account from many addresses is limited after ${ACCOUNT_SIGN_IN_LIMIT.max} attempts; other accounts are not`, async () => {
    const { signIn } = await start('127.0.0.1/32');
    for (let i = 0; i < ACCOUNT_SIGN_IN_LIMIT.max; i++) expect((await signIn('ed@example.org', wrong(i), `203.0.113.${i + 1}`)).status).toBe(401);
    const refused = await signIn('ED@example.org ', wrong(99), '203.0.113.200');
    expect(refused).toEqual({ status: 429, code: ACCOUNT_LIMITED_CODE });
    expect((await signIn('ed@example.org', RIGHT, '203.0.113.201')).status).toBe(429);
    expect((await signIn('other@example.org', RIGHT, '203.0.113.202')).status).toBe(200);
  });

  it('a successful sign-in clears the account count, so earlier slips do not add up', async () => {
    const { signIn } = await start('127.0.0.1/32');
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect((await signIn('ed@example.org', wrong(i), `198.51.100.${round * 10 + i + 1}`)).status).toBe(401);
      expect((await signIn('ed@example.org', RIGHT, `198.51.100.${round * 10 + 9}`)).status).toBe(200);
    }
  });

  it('invented paths under /api/auth share one counter per address instead of adding rows', async () => {
    const { get, db } = await start(undefined);
    for (let i = 0; i < 30; i++) expect((await get(`/api/auth/invented-${i}`, `203.0.113.${i}`)).status).toBeLessThan(500);
    expect(db.$client.prepare('SELECT key FROM auth_rate_limit').pluck().all()).toEqual(['127.0.0.1|60s/100']);
  });
});
