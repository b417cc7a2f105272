/** File-database helpers for the import, setup and export tests (real SQLite files, real CLIs). */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { DEFAULT_SEED_DIR } from '@/seed/index';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs a project script the way npm does, against the database file `dbPath`. */
export function run(script: string, args: string[], dbPath: string) {
  return spawnSync(tsx, [script, ...args], { env: { ...process.env, DATABASE_URL: dbPath }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** A copy of the project's seed folder (JSON files only) to edit. */
export function copyOfSeed(): string {
  const dir = tempDir('seed-copy-');
  cpSync(DEFAULT_SEED_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  return dir;
}

export function query<T = Record<string, unknown>>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const d = new Database(dbPath, { readonly: true });
  try {
    return d.prepare(sql).all(...params) as T[];
  } finally {
    d.close();
  }
}

export const countOf = (dbPath: string, table: string) => query<{ n: number }>(dbPath, `SELECT count(*) AS n FROM ${table}`)[0]!.n;

/** A hash of every row of every table: equal hashes mean the import changed nothing at all (audit included). */
export function fingerprint(dbPath: string): string {
  const d = new Database(dbPath, { readonly: true });
  try {
    const tables = (d.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    const hash = createHash('sha256');
    for (const t of tables) hash.update(t).update(JSON.stringify(d.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()));
    return hash.digest('hex');
  } finally {
    d.close();
  }
}

/** Every file under `dir`, by relative path, with its bytes. */
export function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** The seed folder's data files: JSON and the release notes (seed/ also holds the loader's .ts sources, which are not data). */
export function seedDataFiles(): Map<string, Buffer> {
  return new Map([...filesOf(DEFAULT_SEED_DIR)].filter(([p]) => p.endsWith('.json') || p.endsWith('.md')));
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

export function removeActorFiles(dir: string, keep: (slug: string) => boolean): void {
  for (const f of readdirSync(join(dir, 'actors'))) if (!keep(f.replace(/\.json$/, ''))) rmSync(join(dir, 'actors', f));
}
