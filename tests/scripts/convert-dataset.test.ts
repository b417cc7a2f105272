/**
 * npm run data:convert: the dataset's files become seed/ exactly (converting what seed/ was made from gives seed/
 * back), and a bad record is reported by file, record id and field in the dataset's own terms, with no stack trace
 * and nothing written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/lib/domain/limits';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { convertDataset } from '@/scripts/convert-dataset';
import { positionsOf, writeDatasetSource } from '../helpers/dataset-source';
import { filesOf, seedDataFiles, tempDir } from '../seed/import-helpers';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const seed = readSeedDir(DEFAULT_SEED_DIR);

function sourceCopy(): string {
  const dir = tempDir('dataset-');
  writeDatasetSource(dir, seed);
  return dir;
}

describe('convertDataset', () => {
  it('turns the dataset seed/ was made from back into seed/, file for file (release notes included)', () => {
    const out = tempDir('converted-');
    const { records } = convertDataset(sourceCopy(), out);
    expect(records).toBe(seed.actors.reduce((n, a) => n + a.documents.length, 0));
    const expected = seedDataFiles();
    const actual = filesOf(out);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, bytes] of expected) {
      // meta.json carries the hash of the source files and the conversion date, which differ for a regenerated source.
      if (file === 'meta.json') continue;
      expect(actual.get(file)?.equals(bytes), file).toBe(true);
    }
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8'));
    expect({ release: meta.dataset_release, date: meta.release_date, codebook: meta.codebook_version }).toEqual({
      release: seed.meta.dataset_release,
      date: seed.meta.release_date,
      codebook: seed.meta.codebook_version,
    });
  });

  it('accepts a joint document with as many authors as the limit allows', () => {
    const largest = Math.max(...seed.actors.flatMap((a) => a.documents.map((d) => d.authors.length)));
    expect(LIMITS.list.authors).toBeGreaterThanOrEqual(193); // every UN member State can sign one statement
    expect(largest).toBeLessThanOrEqual(LIMITS.list.authors);
  });
});

describe('npm run data:convert with a bad record', { timeout: 60_000 }, () => {
  it('names file, record id and field, prints no stack trace, and writes nothing', () => {
    const source = sourceCopy();
    const positions = positionsOf(seed);
    const joint = positions.findIndex((p) => Array.isArray(p.authors));
    const tooMany = Array.from({ length: LIMITS.list.authors + 1 }, (_, i) => `state-${i}`);
    positions[joint] = { ...positions[joint], authors: tooMany };
    const dated = joint === 0 ? 1 : 0;
    positions[dated] = { ...positions[dated], document: { ...(positions[dated]!.document as object), date: '2020-13-45' } };
    writeFileSync(join(source, 'positions.json'), JSON.stringify(positions));
    const out = join(tempDir('not-written-'), 'seed');

    const r = spawnSync(tsx, ['scripts/convert-dataset.ts', source, out], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`positions.json: record "${String(positions[joint]!.id)}": field "authors": must have at most ${LIMITS.list.authors} entries`);
    expect(r.stderr).toContain(`positions.json: record "${String(positions[dated]!.id)}": field "document.date"`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toContain('ZodError');
    expect(existsSync(out)).toBe(false);
  });

  it('names a missing folder and a file that is not JSON', () => {
    const missing = spawnSync(tsx, ['scripts/convert-dataset.ts', join(tempDir('none-'), 'absent'), tempDir('out-')], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/absent: record \(folder\): field "\(folder\)": does not exist/);
    const source = sourceCopy();
    writeFileSync(join(source, 'actors.json'), '[{"slug": ');
    const bad = spawnSync(tsx, ['scripts/convert-dataset.ts', source, tempDir('out-')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/actors\.json: record \(file\): field "\(file\)": is not valid JSON/);
    expect(bad.stderr).not.toMatch(/^\s+at /m);
  });
  it('names the record and field of a key given twice and of invalid UTF-8 (with its byte position)', () => {
    const source = sourceCopy();
    const positions = positionsOf(seed);
    const text = JSON.stringify(positions, null, 2);
    const id = String(positions[1]!.id);
    // The second record's id given twice (JSON.parse would keep the last one silently).
    const at = text.indexOf(`"id": "${id}"`);
    writeFileSync(join(source, 'positions.json'), `${text.slice(0, at)}"id": "other",\n    ${text.slice(at)}`);
    const dup = spawnSync(tsx, ['scripts/convert-dataset.ts', source, tempDir('out-')], { encoding: 'utf8' });
    expect(dup.status).toBe(1);
    expect(dup.stderr).toMatch(new RegExp(`positions\\.json: record "${id}": field "id": is given twice in one object`));

    const bytes = Buffer.from(text, 'utf8');
    const bad = bytes.indexOf(Buffer.from(`"id": "${id}"`)) + '"id": "'.length + 1;
    writeFileSync(join(source, 'positions.json'), Buffer.concat([bytes.subarray(0, bad), Buffer.from([0xff]), bytes.subarray(bad)]));
    const utf8 = spawnSync(tsx, ['scripts/convert-dataset.ts', source, tempDir('out-')], { encoding: 'utf8' });
    expect(utf8.status).toBe(1);
    expect(utf8.stderr).toMatch(new RegExp(`positions\\.json: record "[^"]*": field "id": is not valid UTF-8 text at byte ${bad} `));
    expect(utf8.stderr).not.toMatch(/^\s+at /m);
  });
});
