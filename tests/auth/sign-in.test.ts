import { describe, expect, it } from 'vitest';
import { SIGN_IN_RATE_LIMIT } from '@/server/auth/config';
import { signInThroughHandler } from '@/server/auth/sign-in';
import { addUser, cookieHeader, count, freshAuth, SITE } from './helpers';

describe('sign-in through better-auth (real SQLite)', () => {
  it('stores a hashed password, never the password itself', async () => {
    const { db, auth } = freshAuth();
    await addUser(auth, 'ed@example.org', 'editor', 'a long enough password');
    const row = db.$client.prepare("SELECT password FROM auth_account WHERE provider_id = 'credential'").get() as { password: string };
    expect(row.password).not.toContain('a long enough password');
    expect(row.password.length).toBeGreaterThan(40);
  });

  it('signs in with the right password, creating a session row, and refuses a wrong one', async () => {
    const { db, auth } = freshAuth();
    await addUser(auth, 'ed@example.org', 'editor');
    const wrong = await signInThroughHandler(auth, { email: 'ed@example.org', password: 'not the password' }, { origin: SITE, forwardedFor: '10.0.0.1' });
    expect(wrong).toMatchObject({ ok: false, kind: 'wrong-credentials' });
    expect(count(db, 'auth_session')).toBe(0);
    const right = await signInThroughHandler(auth, { email: 'ed@example.org', password: 'correct horse battery' }, { origin: SITE, forwardedFor: '10.0.0.1' });
    expect(right.ok).toBe(true);
    expect(count(db, 'auth_session')).toBe(1);
  });

  it(`refuses attempt ${SIGN_IN_RATE_LIMIT.max + 1} from one address within the window, even with the right password`, async () => {
    const { db, auth } = freshAuth();
    await addUser(auth, 'ed@example.org', 'editor');
    for (let i = 0; i < SIGN_IN_RATE_LIMIT.max; i++) {
      const r = await signInThroughHandler(auth, { email: 'ed@example.org', password: `guess ${i} guess` }, { origin: SITE, forwardedFor: '10.0.0.2' });
      expect(r).toMatchObject({ ok: false, kind: 'wrong-credentials' });
    }
    const blocked = await signInThroughHandler(
      auth,
      { email: 'ed@example.org', password: 'correct horse battery' },
      { origin: SITE, forwardedFor: '10.0.0.2' },
    );
    expect(blocked).toMatchObject({ ok: false, kind: 'rate-limited' });
    expect(count(db, 'auth_session')).toBe(0);
    // The counter is in the database (survives a restart), and another address is not affected.
    expect(count(db, 'auth_rate_limit')).toBeGreaterThan(0);
    const other = await signInThroughHandler(auth, { email: 'ed@example.org', password: 'correct horse battery' }, { origin: SITE, forwardedFor: '10.0.0.3' });
    expect(other.ok).toBe(true);
  });

  it('revokes a session: after sign-out the cookie no longer opens a session', async () => {
    const { db, auth } = freshAuth();
    await addUser(auth, 'ed@example.org', 'editor');
    const r = await signInThroughHandler(auth, { email: 'ed@example.org', password: 'correct horse battery' }, { origin: SITE, forwardedFor: '10.0.0.4' });
    if (!r.ok) throw new Error('sign-in failed');
    const headers = new Headers({ cookie: cookieHeader(r.setCookies) });
    const before = await auth.api.getSession({ headers });
    expect(before?.user.email).toBe('ed@example.org');
    expect((before?.user as { role?: string }).role).toBe('editor');
    await auth.api.signOut({ headers });
    expect(count(db, 'auth_session')).toBe(0);
    expect(await auth.api.getSession({ headers })).toBeNull();
  });

  it('an admin can revoke all sessions of another user', async () => {
    const { db, auth } = freshAuth();
    const edId = await addUser(auth, 'ed@example.org', 'editor');
    await signInThroughHandler(auth, { email: 'ed@example.org', password: 'correct horse battery' }, { origin: SITE, forwardedFor: '10.0.0.5' });
    expect(count(db, 'auth_session')).toBe(1);
    await addUser(auth, 'admin@example.org', 'admin');
    const a = await signInThroughHandler(auth, { email: 'admin@example.org', password: 'correct horse battery' }, { origin: SITE, forwardedFor: '10.0.0.6' });
    if (!a.ok) throw new Error('admin sign-in failed');
    const adminHeaders = new Headers({ cookie: cookieHeader(a.setCookies), origin: SITE });
    await auth.api.revokeUserSessions({ body: { userId: edId }, headers: adminHeaders });
    const left = db.$client.prepare('SELECT user_id AS u FROM auth_session').all() as { u: string }[];
    expect(left.map((r) => r.u)).not.toContain(edId);
    expect(left).toHaveLength(1); // the admin's own session stays
  });
});
