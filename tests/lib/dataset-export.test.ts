import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { citationOf, datasetCsv, neutraliseCell, restoreCell, type DatasetRecord } from '@/lib/export/dataset-export';

describe('formula cells in the CSV', () => {
  it('prefixes a cell starting with = + - @ tab or CR with an apostrophe, and nothing else', () => {
    for (const v of ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(v)).toBe(`'${v}`);
    for (const v of ['Denmark', '2021-07-13', "'quoted'", 'a=b', '']) expect(neutraliseCell(v)).toBe(v);
  });

  it('can be undone exactly, even for a value that already starts with an apostrophe', () => {
    for (const v of ['=1+1', "'=1+1", "''-x", "'plain", 'plain', '-']) expect(restoreCell(neutraliseCell(v))).toBe(v);
  });

  it('is applied to every column of a generated CSV', () => {
    const record: DatasetRecord = {
      id: 'x-2020',
      actor_slug: 'x',
      actor_name: '=cmd|calc',
      actor_kind: 'state',
      iso3: 'XXX',
      authors: ['x'],
      title: '@title',
      title_original: null,
      date: '2020',
      date_precision: 'year',
      effective_date: '2020-12-31',
      type: 'speech',
      venue: '+venue',
      url: null,
      archive_url: null,
      language: null,
      summary: '-summary',
      notes: null,
      confidence: 'low',
      verified_from: [],
      quotes: [{ quote: '=quote', locator: 'p. 1', quote_role: 'context' }],
      codings: { applicability: { value: 'rejects', free_text: null, confidence: 'low', codebook_version: '1.0.0' } },
      not_coded: [],
    };
    const [row] = parse(datasetCsv([record]).slice(1), { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      actor_name: "'=cmd|calc",
      title: "'@title",
      venue: "'+venue",
      summary: "'-summary",
      quote: "'=quote",
      applicability: 'rejects',
    });
  });
});

describe('citation', () => {
  it('is the one the dataset asks for, or names the build hash when the seed states no release', () => {
    expect(citationOf({ datasetRelease: null, releaseDate: null, datasetVersion: 'abc123', convertedOn: '2026-11-22' })).toBe(
      'Cyber Due Diligence Positions Tracker dataset, build abc123 (converted 2026-11-22)',
    );
    expect(citationOf({ datasetRelease: '1.1', releaseDate: '2026-12-01', datasetVersion: 'abc', convertedOn: null })).toBe(
      'Cyber Due Diligence Positions Tracker dataset, version 1.1 (2026-12-01)',
    );
  });
});
