import { describe, expect, it } from 'vitest';
import { applicabilitySeries, bandLabels, chartRows, markerPositions, monthMoves, seriesSummary, yearTicks } from '@/lib/timeline/timeline-chart';

const points = [
  { asOf: '2021-01-31', counts: { binding_obligation: 1, not_coded: 2 }, total: 3 },
  { asOf: '2021-02-28', counts: { binding_obligation: 2, not_coded: 1 }, total: 3 },
];

describe('timeline chart shaping', () => {
  it('textures the three kinds of "no value", each differently, and only those', () => {
    const textured = applicabilitySeries().filter((s) => s.texture !== 'solid');
    expect(textured.map((s) => s.key)).toEqual(['silent', 'not_coded', 'no_document']);
    expect(new Set(textured.map((s) => s.texture)).size).toBe(3);
  });

  it('places numbered markers on the first month end on or after each moment', () => {
    expect(markerPositions(points, ['2021-02-03', '2021-01-31'])).toEqual([
      { asOf: '2021-02-28', label: '1' },
      { asOf: '2021-01-31', label: '2' },
    ]);
  });

  it('states span and latest counts in the text alternative', () => {
    const text = seriesSummary(points, 'state', applicabilitySeries());
    expect(text).toContain('from 2021-01-31 to 2021-02-28');
    expect(text).toContain('Binding obligation 2');
    expect(seriesSummary([], 'state', [])).toBe('No data for these filters.');
  });
});

describe('chart rows and ticks', () => {
  it('gives every series a number in every row, and ticks at the end of each January', () => {
    const rows = chartRows(points, applicabilitySeries());
    expect(rows[0]).toMatchObject({ asOf: '2021-01-31', binding_obligation: 1, not_coded: 2, no_document: 0, rejects: 0 });
    expect(yearTicks(points)).toEqual(['2021-01-31']);
  });

  it('words what moved since the month before', () => {
    const moves = monthMoves(points, applicabilitySeries());
    expect(moves.get('2021-01-31')).toBe('');
    expect(moves.get('2021-02-28')).toBe('Binding obligation +1, Not yet coded −1');
  });
});

describe('direct band labels', () => {
  it('labels each band with actors at the last month, at the middle of its stack, with its symbol', () => {
    const labels = bandLabels(points, applicabilitySeries());
    expect(labels).toEqual([
      { key: 'binding_obligation', asOf: '2021-02-28', y: 1, text: '● Binding' },
      { key: 'not_coded', asOf: '2021-02-28', y: 2.5, text: '? Not coded' },
    ]);
  });
});
