import { describe, expect, it } from 'vitest';
import { asOfBoundaries, asOfClass } from '@/lib/domain/as-of-class';

describe('as-of classes', () => {
  const boundaries = asOfBoundaries(['2022-06-30', '2020-01-01', '2021', '2020-01-01'], '2026-12-07');

  it('sorts the boundaries once each, today among them', () => {
    expect(boundaries).toEqual(['2020-01-01', '2021', '2022-06-30', '2026-12-07']);
  });

  it('puts two dates between the same neighbours in one class, and dates across a boundary in two', () => {
    expect(asOfClass('2022-01-01', boundaries)).toBe('2021..2022-06-30');
    expect(asOfClass('2022-06-29', boundaries)).toBe('2021..2022-06-30');
    expect(asOfClass('2022-07-01', boundaries)).toBe('2022-06-30..2026-12-07');
    // '2021' sorts before every day of 2021: a partial date is compared as the text it is.
    expect(asOfClass('2020-12-31', boundaries)).toBe('2020-01-01..2021');
    expect(asOfClass('2021-01-01', boundaries)).toBe('2021..2022-06-30');
  });

  it('gives a boundary no class (it is compared with <, <= and = differently), and open ends an empty neighbour', () => {
    expect(asOfClass('2022-06-30', boundaries)).toBeNull();
    expect(asOfClass('2026-12-07', boundaries)).toBeNull();
    expect(asOfClass('1999-05-05', boundaries)).toBe('..2020-01-01');
    expect(asOfClass('2030-01-01', boundaries)).toBe('2026-12-07..');
  });
});
