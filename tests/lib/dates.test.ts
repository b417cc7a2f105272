import { describe, expect, it } from 'vitest';
import { formatPartialDate, monthEnds, parseIsoDay, parsePartialDate } from '@/lib/domain/dates';

describe('parsePartialDate', () => {
  it('reads the precision from the length and ends the period on its last day', () => {
    expect(parsePartialDate('2021')).toEqual({ raw: '2021', precision: 'year', year: 2021, effective: '2021-12-31' });
    expect(parsePartialDate('2024-02')).toMatchObject({ precision: 'month', effective: '2024-02-29' });
    expect(parsePartialDate('2023-02')).toMatchObject({ precision: 'month', effective: '2023-02-28' });
    expect(parsePartialDate('2019-10-29')).toMatchObject({ precision: 'day', effective: '2019-10-29' });
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of ['2021-13', '2021-02-30', '21-01-01', '2021/01/01', '', 'yesterday', '2021-1-1']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
    expect(parseIsoDay('2021-07')).toBeNull();
    expect(parseIsoDay('2021-07-13')).toBe('2021-07-13');
  });
});

describe('formatPartialDate', () => {
  it('writes each precision as people read it', () => {
    expect(formatPartialDate('2023-07-04')).toBe('4 July 2023');
    expect(formatPartialDate('2017-06')).toBe('June 2017');
    expect(formatPartialDate('2020')).toBe('2020');
  });
});

describe('monthEnds', () => {
  it('lists the last day of every month across a year boundary', () => {
    expect(monthEnds('2020-11', '2021-02')).toEqual(['2020-11-30', '2020-12-31', '2021-01-31', '2021-02-28']);
  });
});
