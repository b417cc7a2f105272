import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { fingerprint } from './import-helpers';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function runSeedCli(dbPath: string, dir?: string) {
  return spawnSync(tsx, ['seed/index.ts', ...(dir ? [dir] : [])], { env: { ...process.env, DATABASE_URL: dbPath }, encoding: 'utf8' });
}

describe('npm run db:seed -- <dir>', { timeout: 60_000 }, () => {
  it('loads a directory, and a broken copy fails naming file, record and field without changing the database', () => {
    const work = mkdtempSync(join(tmpdir(), 'seed-cli-'));
    const dbPath = join(work, 'tracker.db');
    const ok = runSeedCli(dbPath);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Imported into .* documents/);
    const before = fingerprint(dbPath);

    const broken = join(work, 'broken');
    cpSync(DEFAULT_SEED_DIR, broken, { recursive: true, filter: (src) => !src.endsWith('.ts') });
    const file = join(broken, 'actors', 'china.json');
    const china = JSON.parse(readFileSync(file, 'utf8'));
    china.documents[2].codings.knowledge = 'psychic';
    writeFileSync(file, JSON.stringify(china, null, 2));

    const bad = runSeedCli(dbPath, broken);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('china.json');
    expect(bad.stderr).toContain(china.documents[2].id);
    expect(bad.stderr).toContain('codings.knowledge');
    expect(fingerprint(dbPath)).toBe(before);
  });
});
