/**
 * What the production server keeps in memory between requests is bounded (docs/reliability.md, "Memory"). The page
 * cache's byte limit is tested in tests/server/page-cache-encodings.test.ts; here the two other holders that grow with
 * traffic: the per-version view memos (an LRU of a fixed number of entries per memoised read, emptied by a newer
 * content version) and the read-connection pool (a fixed number of idle connections kept, however many a burst
 * opened, and at most its open connections however large the burst). Each bound is a setting (db/env.ts). Against a
 * real SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { connect, type Db } from '@/db/connect';
import { memoByContentVersion } from '@/db/memo-by-version';
import { migrateDatabase } from '@/db/migrate';
import { readSettings } from '@/db/env';
import { createPool, snapshotConnection, withReadSnapshot } from '@/db/read-snapshot';

const dir = mkdtempSync(join(tmpdir(), 'cdd-bounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function database(): { file: string; open: () => Db } {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.db`);
  const db = connect(file);
  migrateDatabase(db);
  db.$client.close();
  return { file, open: () => connect(file) };
}

it('a view memo keeps at most its number of entries, and a new content version empties it', async () => {
  const { file, open } = database();
  const pool = createPool(open);
  const runs: string[] = [];
  const LIMIT = 5;
  const memo = memoByContentVersion(
    async (key: string) => (runs.push(key), { key }),
    (key) => key,
    LIMIT,
  );
  const read = (key: string) => withReadSnapshot(pool, () => memo(key));
  const keys = Array.from({ length: 3 * LIMIT }, (_, i) => `scope-${i}`);
  for (const key of keys) await read(key);
  expect(runs).toEqual(keys);
  // The latest LIMIT are kept (the same object comes back, nothing is read); the older ones were let go.
  for (const key of keys.slice(-LIMIT)) await read(key);
  expect(runs).toHaveLength(keys.length);
  await read(keys[0]!);
  expect(runs).toHaveLength(keys.length + 1);
  // A publish or an import bumps the content version: what the old version computed is not served again.
  const writer = connect(file);
  writer.$client.prepare('UPDATE data_version SET version = version + 1 WHERE id = 1').run();
  writer.$client.close();
  await read(keys.at(-1)!);
  expect(runs.at(-1)).toBe(keys.at(-1));
  expect(runs).toHaveLength(keys.length + 2);
});

it('the read-connection pool keeps at most its idle connections after a burst', async () => {
  const { open } = database();
  const opened: Db[] = [];
  const pool = createPool(
    () => {
      const conn = open();
      opened.push(conn);
      return conn;
    },
    { maxIdle: 4, maxOpen: 16 },
  );
  // 12 readers at once: each needs its own snapshot, so the pool opens 12 connections.
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const readers = Array.from({ length: 12 }, () => withReadSnapshot(pool, () => gate));
  release();
  await Promise.all(readers);
  expect(opened).toHaveLength(12);
  // Afterwards 4 stay open for the next requests; the others were closed.
  expect(opened.filter((c) => c.$client.open)).toHaveLength(4);
});

it('a burst larger than the pool waits its turn: never more connections open than READ_POOL_MAX, every reader served', async () => {
  const { file, open } = database();
  const writer = connect(file);
  writer.$client.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (7)');
  writer.$client.close();
  let openNow = 0;
  let mostOpen = 0;
  const pool = createPool(
    () => {
      const conn = open();
      openNow += 1;
      mostOpen = Math.max(mostOpen, openNow);
      const close = conn.$client.close.bind(conn.$client);
      conn.$client.close = () => ((openNow -= 1), close());
      return conn;
    },
    { maxIdle: 1, maxOpen: 3 },
  );
  // 20 readers that each yield to the event loop while holding their snapshot, as a rendering loader does.
  const readers = Array.from({ length: 20 }, (_, i) =>
    withReadSnapshot(pool, async () => {
      await new Promise((r) => setImmediate(r));
      const conn = snapshotConnection()!;
      return (conn.$client.prepare('SELECT n FROM t').pluck().get() as number) + i;
    }),
  );
  const results = await Promise.all(readers);
  expect(results).toEqual(Array.from({ length: 20 }, (_, i) => 7 + i));
  expect(mostOpen).toBe(3);
  expect(openNow).toBe(1);
});

it('the bounds are settings: defaults, 0 turns the view memo off, a bad value names the setting', () => {
  const defaults = readSettings({});
  expect([defaults.VIEW_MEMO_ENTRIES, defaults.EVIDENCE_MEMO_CODINGS, defaults.READ_POOL_IDLE, defaults.READ_POOL_MAX]).toEqual([32, 20_000, 4, 16]);
  expect(() => readSettings({ EVIDENCE_MEMO_CODINGS: '-1' })).toThrow(/EVIDENCE_MEMO_CODINGS="-1"/);
  expect(readSettings({ VIEW_MEMO_ENTRIES: '0', READ_POOL_MAX: '2' })).toMatchObject({ VIEW_MEMO_ENTRIES: 0, READ_POOL_MAX: 2 });
  expect(() => readSettings({ READ_POOL_MAX: '0' })).toThrow(/READ_POOL_MAX="0"/);
  expect(() => readSettings({ VIEW_MEMO_ENTRIES: 'lots' })).toThrow(/VIEW_MEMO_ENTRIES="lots"/);
});

it('VIEW_MEMO_ENTRIES=0: a memoised read runs every time', async () => {
  const { open } = database();
  const pool = createPool(open);
  let runs = 0;
  const memo = memoByContentVersion(
    async () => ++runs,
    () => 'k',
    0,
  );
  await withReadSnapshot(pool, () => memo());
  await withReadSnapshot(pool, () => memo());
  expect(runs).toBe(2);
});
