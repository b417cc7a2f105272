/** The web server's connection (db/client.ts) cannot write, whatever reaches it. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { connect } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';

describe('db/client', () => {
  it('opens the database read-only', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ro-')), 'tracker.db');
    const writer = connect(file);
    migrateDatabase(writer);
    writer.$client.close();
    vi.stubEnv('DATABASE_URL', file);
    vi.resetModules();
    const { db } = await import('@/db/client');
    expect(db.$client.readonly).toBe(true);
    expect(db.$client.prepare('SELECT count(*) AS n FROM actors').get()).toEqual({ n: 0 });
    expect(() => db.$client.prepare("INSERT INTO dataset_meta (key, value) VALUES ('x', 'y')").run()).toThrow(
      /readonly|read-only|query_only|attempt to write/i,
    );
    vi.unstubAllEnvs();
  });
});
