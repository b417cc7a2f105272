import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir, SeedValidationError } from '@/seed/read';

function copyOfSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  cpSync(DEFAULT_SEED_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  return dir;
}

function editActor(dir: string, slug: string, edit: (a: Record<string, any>) => void): void {
  const file = join(dir, 'actors', `${slug}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, JSON.stringify(data));
}

function issuesOf(dir: string) {
  try {
    readSeedDir(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(SeedValidationError);
    return (e as SeedValidationError).issues;
  }
  throw new Error('expected the seed to be rejected');
}

describe('readSeedDir', () => {
  it('accepts every record of the real seed', () => {
    const seed = readSeedDir(DEFAULT_SEED_DIR);
    // Count the records in the raw files of the repo's own seed (nothing outside the repo is read).
    const actorsDir = join(DEFAULT_SEED_DIR, 'actors');
    const raw = readdirSync(actorsDir).flatMap((f) => (JSON.parse(readFileSync(join(actorsDir, f), 'utf8')) as { documents?: unknown[] }).documents ?? []);
    expect(raw.length).toBeGreaterThan(0);
    expect(seed.actors.flatMap((a) => a.documents)).toHaveLength(raw.length);
    expect(seed.actors.length).toBeGreaterThan(50);
    expect(seed.literature.length).toBeGreaterThan(0);
  });

  it('names file, record and field for a value outside the codebook', () => {
    const dir = copyOfSeed();
    editActor(dir, 'denmark', (a) => (a.documents[1].codings.applicability = 'mandatory'));
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({
      file: expect.stringMatching(/actors\/denmark\.json$/),
      record: expect.stringContaining('denmark-2023-07-04-position-paper'),
      field: 'codings.applicability',
    });
  });

  it('rejects an impossible date, a bad URL, an unknown type and a missing quote locator', () => {
    const dir = copyOfSeed();
    editActor(dir, 'china', (a) => {
      a.documents[0].date = '2021-02-30';
      a.documents[1].url = 'ftp://example.org/x';
      a.documents[2].type = 'tweet';
      a.documents[3].quote = 'Some words';
      a.documents[3].quote_locator = null;
    });
    const fields = issuesOf(dir)
      .map((i) => i.field)
      .sort();
    expect(fields).toEqual(['date', 'quote_locator', 'type', 'url']);
  });

  it('rejects a coded record without confidence and a dimension both coded and listed as not coded', () => {
    const dir = copyOfSeed();
    editActor(dir, 'denmark', (a) => {
      a.documents[0].confidence = null;
      a.documents[0].not_coded.push('applicability');
    });
    expect(
      issuesOf(dir)
        .map((i) => i.field)
        .sort(),
    ).toEqual(['confidence', 'not_coded']);
  });

  it('rejects unknown fields, unknown actors in memberships and authors, and duplicate document ids', () => {
    const dir = copyOfSeed();
    editActor(dir, 'denmark', (a) => {
      a.memberships.push({ group: 'atlantis', from: '2000-01-01', to: null });
      a.documents[0].authors = [a.slug, 'atlantis'];
    });
    editActor(dir, 'china', (a) => (a.documents[0].id = 'denmark-2020-joint-statement'));
    const issues = issuesOf(dir);
    expect(issues.map((i) => i.field).sort()).toEqual(['authors[1]', 'id', 'memberships[2].group']);

    const dir2 = copyOfSeed();
    editActor(dir2, 'denmark', (a) => (a.documents[0].colour = 'red'));
    expect(issuesOf(dir2)[0]).toMatchObject({ field: '(whole record)', message: expect.stringContaining('colour') });
  });

  it('reports a file that is not JSON', () => {
    const dir = copyOfSeed();
    writeFileSync(join(dir, 'actors', 'denmark.json'), '{ "slug": ');
    expect(issuesOf(dir)[0]).toMatchObject({ file: expect.stringMatching(/denmark\.json$/), field: '(file)' });
  });

  it('puts file, record and field into the error message', () => {
    const dir = copyOfSeed();
    editActor(dir, 'denmark', (a) => (a.documents[0].confidence = 'certain'));
    expect(() => readSeedDir(dir)).toThrow(/denmark\.json: record "denmark-2020-joint-statement" \(documents\[0\]\): field "confidence"/);
  });
  it('names a key given twice: file, record and field, and both lines (JSON.parse would keep the last silently)', () => {
    const dir = copyOfSeed();
    const file = join(dir, 'actors', 'denmark.json');
    const lines = readFileSync(file, 'utf8').split('\n');
    const titleLine = lines.findIndex((l) => l.trimStart().startsWith('"title":'));
    const doc = (JSON.parse(readFileSync(file, 'utf8')) as { documents: { id: string }[] }).documents[0]!;
    lines.splice(titleLine + 1, 0, lines[titleLine]!.replace(/"title": ".*"/, '"title": "Another title"'));
    writeFileSync(file, lines.join('\n'));
    expect(issuesOf(dir)).toEqual([
      {
        file: expect.stringMatching(/actors\/denmark\.json$/),
        record: `"${doc.id}" (documents[0])`,
        field: 'title',
        message: `is given twice in one object (lines ${titleLine + 1} and ${titleLine + 2}); JSON keeps only the last, so remove one`,
      },
    ]);
  });

  it('names the byte position, record and field of invalid UTF-8, and reads nothing', () => {
    const dir = copyOfSeed();
    const file = join(dir, 'actors', 'denmark.json');
    const bytes = readFileSync(file);
    const doc = (JSON.parse(bytes.toString('utf8')) as { documents: { id: string; summary: string }[] }).documents[0]!;
    const at = bytes.indexOf(Buffer.from(`"summary": "${doc.summary.slice(0, 20)}`)) + '"summary": "'.length + 3;
    writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc0, 0xaf]), bytes.subarray(at)]));
    const [issue, ...rest] = issuesOf(dir);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ record: `"${doc.id}" (documents[0])`, field: 'summary' });
    expect(issue!.message).toMatch(new RegExp(`^is not valid UTF-8 text at byte ${at} \\(line \\d+, column \\d+\\); save the file as UTF-8$`));
  });
});
