import { describe, expect, it } from 'vitest';
import { applicabilitySeries, bandLabels, chartRows, markerPositions, monthMoves, movedMonths, seriesSummary, yearTicks } from '@/lib/timeline/timeline-chart';
import { fillMonthEnds } from '@/lib/timeline/step-rows';
import { latestMoments } from '@/lib/timeline/moments';

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
    expect(markerPositions(points, ['2021-01-31', '2021-02-03'])).toEqual([
      { asOf: '2021-01-31', label: '1' },
      { asOf: '2021-02-28', label: '2' },
    ]);
    // A moment after the last month end stays at its own date; a list that starts at moment 7 keeps the numbers.
    expect(markerPositions(points, ['2021-02-03', '2021-03-05'], 7)).toEqual([
      { asOf: '2021-02-28', label: '7' },
      { asOf: '2021-03-05', label: '8' },
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

describe('the months the table lists and the chart is sent', () => {
  const month = (asOf: string, binding: number, silent: number) => ({ asOf, counts: { binding_obligation: binding, silent }, total: binding + silent });
  const series = applicabilitySeries();
  const all = [
    month('2021-01-31', 1, 0),
    month('2021-02-28', 1, 0),
    month('2021-03-31', 2, 0),
    month('2021-04-30', 2, 0),
    month('2021-05-31', 1, 1),
    month('2021-06-30', 1, 1),
    month('2021-07-31', 1, 1),
  ];

  it('keeps the first month, every month where a count moved, and the latest', () => {
    expect(movedMonths(all, series).map((p) => p.asOf)).toEqual(['2021-01-31', '2021-03-31', '2021-05-31', '2021-07-31']);
    expect(movedMonths([], series)).toEqual([]);
    expect(movedMonths(all.slice(0, 1), series).map((p) => p.asOf)).toEqual(['2021-01-31']);
  });

  it('loses nothing: filling the months back in gives every month of the full series', () => {
    const sent = chartRows(movedMonths(all, series), series);
    expect(fillMonthEnds(sent)).toEqual(chartRows(all, series));
    expect(fillMonthEnds([])).toEqual([]);
  });

  it('words the moves of a listed row as the change since the month before', () => {
    const moves = monthMoves(movedMonths(all, series), series);
    expect(moves.get('2021-05-31')).toBe('Binding obligation −1, Silent +1');
    expect(moves.get('2021-07-31')).toBe('');
  });
});

describe('which multilateral moments are shown', () => {
  const moments = Array.from({ length: 25 }, (_, i) => `m${i + 1}`);

  it('shows the latest ones, numbered from the earliest in the data', () => {
    expect(latestMoments(moments, 20)).toEqual({ shown: moments.slice(5), first: 6, total: 25 });
    expect(latestMoments(moments.slice(0, 3), 20)).toEqual({ shown: moments.slice(0, 3), first: 1, total: 3 });
    expect(latestMoments(moments, null)).toEqual({ shown: moments, first: 1, total: 25 });
  });
});
