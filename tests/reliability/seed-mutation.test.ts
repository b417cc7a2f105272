/**
 * Seed mutation harness: ≥ 100 generated invalid seeds (fixed random seed, so a failure reproduces), across every
 * category of bad input. Each must be rejected with a message naming file, record and field, and the database the
 * seed command was pointed at must be unchanged (same content hash over every table).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_DIR, runSeed } from '@/seed/index';
import { SeedValidationError } from '@/seed/read';
import { databaseHash } from './db-hash';
import { MUTATIONS } from './seed-mutations';
import { rng } from './random';

const RANDOM_SEED = 20261201;
const CASES = 105;

let work: string;
let dbFile: string;
let before: string;

function copyOfSeed(): string {
  const dir = mkdtempSync(join(work, 'seed-'));
  cpSync(DEFAULT_SEED_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  return dir;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'seed-mutation-'));
  dbFile = join(work, 'tracker.db');
  const log = console.log;
  console.log = () => {};
  try {
    runSeed(DEFAULT_SEED_DIR, dbFile);
  } finally {
    console.log = log;
  }
  before = databaseHash(dbFile);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('seed mutation harness', () => {
  const r = rng(RANDOM_SEED);
  // Round-robin over the categories, so every category is tried several times with different records.
  const plan = Array.from({ length: CASES }, (_, i) => ({ i, mutation: MUTATIONS[i % MUTATIONS.length]!, seed: Math.floor(r.next() * 2 ** 32) }));

  it(`has at least 100 cases over all ${MUTATIONS.length} categories`, () => {
    expect(plan.length).toBeGreaterThanOrEqual(100);
    expect(new Set(plan.map((p) => p.mutation.category)).size).toBe(MUTATIONS.length);
  });

  it.each(plan)('case $i ($mutation.category, seed $seed): rejected with file, record and field; database unchanged', ({ mutation, seed }) => {
    const dir = copyOfSeed();
    const expected = mutation.apply(dir, rng(seed));
    let error: unknown = null;
    try {
      runSeed(dir, dbFile);
    } catch (e) {
      error = e;
    }
    rmSync(dir, { recursive: true, force: true });
    expect(error, `${mutation.category} was accepted`).toBeInstanceOf(SeedValidationError);
    const issues = (error as SeedValidationError).issues;
    const match = issues.find(
      (i) =>
        i.file.includes(expected.file) &&
        i.record.includes(expected.record) &&
        expected.field.test(i.field) &&
        (expected.mentions ?? []).every((m) => `${i.record} ${i.message}`.includes(m)),
    );
    expect(match, `no issue names ${expected.file} / ${expected.record} / ${expected.field}; got:\n${(error as Error).message.slice(0, 2000)}`).toBeDefined();
    // The message a person reads names all three.
    expect((error as Error).message).toContain(`${match!.file}: record ${match!.record}: field "${match!.field}"`);
    expect(databaseHash(dbFile)).toBe(before);
  });
});
