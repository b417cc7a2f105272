import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

/**
 * Consistent reads (issue: a reseed between a page's separate reads gave a 500). Another process commits write
 * transactions as fast as it can for 12 s — a State appearing and disappearing, plus two real re-seeds — while this
 * test requests the matrix page and its API. Every response must be a 200 with a complete matrix.
 */
test('pages and API stay whole while another process writes', async ({ request }) => {
  test.setTimeout(90_000);
  const database = process.env.E2E_DATABASE_URL || 'data/e2e.db';
  const writer = spawn('npx', ['tsx', 'tests/helpers/churn-writer.ts', database, '12'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let commits = '';
  writer.stdout.on('data', (b: Buffer) => (commits += b.toString()));
  let writerErrors = '';
  writer.stderr.on('data', (b: Buffer) => (writerErrors += b.toString()));
  const writerDone = new Promise<number>((resolve) => writer.on('close', (code) => resolve(code ?? 1)));
  const reseeds = [3_000, 7_000].map(
    (delay) =>
      new Promise<number>((resolve) =>
        setTimeout(() => {
          const p = spawn('npx', ['tsx', 'seed/index.ts'], { env: { ...process.env, DATABASE_URL: database }, stdio: 'ignore' });
          p.on('close', (code) => resolve(code ?? 1));
        }, delay),
      ),
  );

  const started = Date.now();
  let requests = 0;
  const failures: string[] = [];
  const urls = ['/compare', '/api/v1/compare?format=json', '/compare?asOf=2019-12-31&actors=denmark,china', '/api/v1/compare?format=csv&kind=state'];
  let done = false;
  void writerDone.then(() => (done = true));
  // Eight readers at once: a request's separate reads are interleaved with the others' rendering, which is what
  // widens the gap between two reads of one view enough for a commit to land in it.
  const reader = async (i: number) => {
    for (let n = i; !done || Date.now() - started < 10_000; n++) {
      const url = urls[n % urls.length]!;
      const res = await request.get(url);
      requests++;
      if (res.status() !== 200) failures.push(`${url}: ${res.status()}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, i) => reader(i)));
  expect(await writerDone, writerErrors).toBe(0);
  expect(await Promise.all(reseeds)).toEqual([0, 0]);
  expect(Number(commits.trim()), `${commits} ${writerErrors}`).toBeGreaterThan(100);
  expect(requests).toBeGreaterThan(50);
  expect(failures.slice(0, 5), `${failures.length} of ${requests} requests failed`).toEqual([]);
});
