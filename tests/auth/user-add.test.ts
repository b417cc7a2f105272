import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'user-add-'));
const dbFile = join(dir, 'tracker.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  return spawnSync('npx', ['tsx', '--conditions', 'react-server', 'scripts/user-add.ts', ...args], {
    env: { ...process.env, DATABASE_URL: dbFile },
    input: input ?? '',
    encoding: 'utf8',
  });
}

function users(): { email: string; role: string }[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT email, role FROM auth_user ORDER BY email').all() as { email: string; role: string }[];
  } finally {
    db.close();
  }
}

describe('npm run user:add (real SQLite file)', () => {
  it('creates an admin with a generated password printed once', () => {
    const r = run(['--email', 'Admin@Example.org', '--role', 'admin']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Password \(shown once, store it now\): \S{20,}/);
    expect(users()).toEqual([{ email: 'admin@example.org', role: 'admin' }]);
  }, 60_000);

  it('takes the password from standard input and does not print it', () => {
    const r = run(['--email', 'ed@example.org', '--role', 'editor'], 'a piped password here\n');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('a piped password here');
    expect(users().map((u) => u.role)).toEqual(['admin', 'editor']);
  }, 60_000);

  it('refuses a duplicate, a bad role and a short password, naming the field, and changes nothing', () => {
    expect(run(['--email', 'ed@example.org', '--role', 'editor']).stderr).toMatch(/--email: a user ed@example.org already exists/);
    const badRole = run(['--email', 'x@example.org', '--role', 'boss']);
    expect(badRole.status).not.toBe(0);
    expect(badRole.stderr).toMatch(/--role: one of editor, reviewer, admin/);
    const short = run(['--email', 'y@example.org', '--role', 'editor'], 'short');
    expect(short.status).not.toBe(0);
    expect(short.stderr).toMatch(/password .*at least 12/);
    expect(users()).toHaveLength(2);
  }, 60_000);
});
