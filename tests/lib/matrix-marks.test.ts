import { describe, expect, it } from 'vitest';
import { DIMENSIONS_WITH_VALUES, legendGroups, valueMark, VALUE_MARKS } from '@/lib/compare/matrix-marks';
import { DIMENSIONS, getDimension } from '@/lib/domain/codebook';

describe('compact matrix marks', () => {
  it('give every codebook value its own mark, codebook 1.1.0 values included', () => {
    for (const d of DIMENSIONS) expect(Object.keys(VALUE_MARKS[d.key]).sort()).toEqual(d.values.map((v) => v.value).sort());
    expect(valueMark('applicability', 'political_support')).toEqual({ symbol: '◒', short: 'Political support' });
    expect(valueMark('applicability', 'general_law_only').short).toBe('General law only');
  });

  it('never repeat a symbol within a dimension except for its no-finding value', () => {
    for (const key of DIMENSIONS_WITH_VALUES) {
      const def = getDimension(key);
      const symbols = def.values.filter((v) => v.value !== def.noFindingValue).map((v) => valueMark(key, v.value).symbol);
      expect(new Set(symbols).size).toBe(symbols.length);
      expect(symbols).not.toContain('○');
    }
  });

  it('list each value once in the legend, and the kinds of "no value" once for all dimensions', () => {
    const groups = legendGroups(['applicability', 'remedies']);
    expect(groups.map((g) => g.dimension)).toEqual(['applicability', null]);
    expect(groups[0]!.rows.map((r) => r.short)).toContain('Political support');
    expect(groups[1]!.rows.map((r) => r.short)).toEqual(['Silent / Not addressed', 'Stated', 'Not coded', 'No document']);
  });
});
