import { describe, expect, it } from 'vitest';
import { applicabilitySeries, markerPositions, seriesSummary } from '@/lib/timeline-chart';

const points = [
  { asOf: '2021-01-31', counts: { binding_obligation: 1, not_coded: 2 }, total: 3 },
  { asOf: '2021-02-28', counts: { binding_obligation: 2, not_coded: 1 }, total: 3 },
];

describe('timeline chart shaping', () => {
  it('hatches the three kinds of "no value" and only those', () => {
    expect(applicabilitySeries().filter((s) => s.pattern).map((s) => s.key)).toEqual(['silent', 'not_coded', 'no_document']);
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
