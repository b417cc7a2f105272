/**
 * Soak: 16 readers request pages and API routes from a running production server while 1 writer re-imports the seed
 * into the database that server reads, for SOAK_SECONDS (default 60). Passes with 0 errors (any 5xx, unexpected
 * status, failed request or failed import); reports requests, imports and the p50/p95/max latency of the readers.
 * The editor's publish action joins the writer once it exists (see docs/reliability.md).
 *
 *   BASE_URL=http://127.0.0.1:3205 DATABASE_URL=data/e2e.db npm run soak
 */
import { spawn } from 'node:child_process';

const BASE = process.env.BASE_URL || 'http://127.0.0.1:3205';
const SECONDS = Number(process.env.SOAK_SECONDS || 60);
const READERS = 16;
const PATHS = [
  '/',
  '/actors',
  '/actors/france',
  '/actors/european-union',
  '/compare',
  '/compare?group=european-union&asOf=2021-12-31',
  '/dimensions/applicability',
  '/timeline',
  '/changes',
  '/changes.atom',
  '/search?q=sovereignty',
  '/method',
  '/api/v1/compare?format=csv',
  '/api/v1/dimensions/knowledge',
  '/api/v1/briefing?actors=france,germany&format=md',
];

async function reader(until: number, latencies: number[], errors: string[]): Promise<void> {
  let i = Math.floor(Math.random() * PATHS.length);
  while (Date.now() < until) {
    const path = PATHS[i++ % PATHS.length]!;
    const t = performance.now();
    try {
      const res = await fetch(`${BASE}${path}`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      latencies.push(performance.now() - t);
      if (res.status !== 200) errors.push(`${res.status} ${path}`);
    } catch (e) {
      errors.push(`${(e as Error).message} ${path}`);
    }
  }
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};

async function main() {
  const until = Date.now() + SECONDS * 1000;
  // The writer is a separate process (as the seed CLI and the editor's writer are): a write blocks its own thread.
  const writer = spawn(process.execPath, ['--import', 'tsx', 'tests/reliability/soak-writer.ts'], {
    env: { ...process.env, SOAK_SECONDS: String(SECONDS) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let writerOut = '';
  writer.stdout.on('data', (c: Buffer) => (writerOut += c.toString()));
  const writerDone = new Promise<{ imports: number; errors: string[] }>((resolve) =>
    writer.on('exit', (code) => {
      try {
        resolve(JSON.parse(writerOut.trim().split('\n').pop()!));
      } catch {
        resolve({ imports: 0, errors: [`writer exited with ${code}`] });
      }
    }),
  );
  const latencies: number[] = [];
  const errors: string[] = [];
  await Promise.all(Array.from({ length: READERS }, () => reader(until, latencies, errors)));
  const w = await writerDone;
  const all = [...errors, ...w.errors.map((e) => `writer: ${e}`)];
  const ms = (x: number) => `${Math.round(x)} ms`;
  console.log(
    `soak: ${SECONDS} s, ${READERS} readers, 1 writer — ${latencies.length} requests, ${w.imports} imports, ${all.length} errors; ` +
      `latency p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}`,
  );
  for (const e of all.slice(0, 20)) console.log(`  ${e}`);
  if (all.length > 0 || w.imports === 0) process.exitCode = 1;
}

void main();
