/**
 * Crash test: `kill -9` a large import (the real seed ×20, one transaction) at a random moment, CRASH_RUNS times
 * (default 10). After each kill: `PRAGMA integrity_check` is ok, no foreign key is dangling, and the database is in
 * the old state or the new one — never a mix (dataset version, actor, document and coding counts agree).
 *
 *   npx tsx tests/reliability/crash.ts
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { rng } from './random';

const RUNS = Number(process.env.CRASH_RUNS || 10);
const r = rng(Number(process.env.CRASH_SEED || 9));
const work = mkdtempSync(join(tmpdir(), 'crash-'));
const baseline = join(work, 'baseline.db');
const target = join(work, 'tracker.db');

type State = { version: string; actors: number; documents: number; codings: number; passages: number };

function stateOf(file: string): { state: State; integrity: string; foreignKeyErrors: number } {
  const db = new Database(file);
  try {
    const integrity = (db.pragma('integrity_check', { simple: true }) as string) ?? 'no answer';
    const foreignKeyErrors = (db.pragma('foreign_key_check') as unknown[]).length;
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    const version = (db.prepare("SELECT value FROM dataset_meta WHERE key = 'dataset_version'").get() as { value: string } | undefined)?.value ?? '(none)';
    return {
      state: { version, actors: count('actors'), documents: count('documents'), codings: count('codings'), passages: count('passages') },
      integrity,
      foreignKeyErrors,
    };
  } finally {
    db.close();
  }
}

function fresh(): void {
  for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
  copyFileSync(baseline, target);
}

/** Runs the import; kills it `afterMs` after it starts writing (null: let it finish). Returns the time it took. */
function runImport(afterMs: number | null): Promise<{ ms: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    // node itself (tsx as a loader), so the kill hits the process that writes, not a wrapper.
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/reliability/crash-child.ts'], {
      env: { ...process.env, DATABASE_URL: target },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let started = 0;
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!started && chunk.toString().includes('writing')) {
        started = performance.now();
        // SIGKILL: no handler, no cleanup, like a power cut.
        if (afterMs !== null) setTimeout(() => ((killed = child.exitCode === null), child.kill('SIGKILL')), afterMs);
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ ms: started ? performance.now() - started : 0, killed }));
  });
}

async function main() {
  // Baseline: the real seed (old state).
  await new Promise<void>((resolve, reject) => {
    const p = spawn('npx', ['tsx', 'seed/index.ts'], { env: { ...process.env, DATABASE_URL: baseline }, stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`baseline seed failed (${code})`))));
  });
  const old = stateOf(baseline).state;
  fresh();
  const full = await runImport(null);
  const fresh1 = stateOf(target);
  const next = fresh1.state;
  if (next.version !== 'crash-test-new') throw new Error('the full import did not complete');
  console.log(`crash: old state ${JSON.stringify(old)}; new state ${JSON.stringify(next)}; full import writes for ${Math.round(full.ms)} ms`);

  const tally = { old: 0, new: 0, mixed: 0, corrupt: 0 };
  for (let i = 0; i < RUNS; i++) {
    fresh();
    const at = Math.round(r.next() * full.ms * 1.1);
    const { killed } = await runImport(at);
    const after = stateOf(target);
    const same = (s: State) => JSON.stringify(s) === JSON.stringify(after.state);
    const verdict = after.integrity !== 'ok' || after.foreignKeyErrors > 0 ? 'corrupt' : same(old) ? 'old' : same(next) ? 'new' : 'mixed';
    tally[verdict] += 1;
    console.log(
      `  run ${i + 1}: kill -9 at ${at} ms${killed ? '' : ' (finished first)'}: integrity ${after.integrity}, ${after.foreignKeyErrors} foreign key errors, state ${verdict}${existsSync(`${target}-wal`) ? ' (WAL left behind, recovered on open)' : ''}`,
    );
  }
  console.log(`crash: ${RUNS} kills — ${tally.old} old state, ${tally.new} new state, ${tally.mixed} mixed, ${tally.corrupt} corrupt`);
  rmSync(work, { recursive: true, force: true });
  if (tally.mixed + tally.corrupt > 0) process.exitCode = 1;
}

void main();
