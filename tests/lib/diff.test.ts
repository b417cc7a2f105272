import { describe, expect, it } from 'vitest';
import { diffDocuments } from '@/lib/diff';

const c = (dimension: 'applicability' | 'knowledge' | 'threshold' | 'remedies', value: string | null, freeText: string | null = null) => ({ dimension, value, freeText });

describe('diffDocuments', () => {
  it('lists changed dimensions first, counting "not coded in this document" as a side', () => {
    const rows = diffDocuments(
      { codings: [c('applicability', 'voluntary_norm'), c('knowledge', 'actual'), c('remedies', null, 'countermeasures')] },
      { codings: [c('applicability', 'binding_obligation'), c('knowledge', 'actual'), c('threshold', 'significant_harm')] },
    );
    expect(rows.filter((r) => r.changed).map((r) => r.dimension)).toEqual(['applicability', 'threshold', 'remedies']);
    expect(rows.slice(0, 3).every((r) => r.changed)).toBe(true);
    expect(rows).toHaveLength(9);
  });

  it('ignores differences in recorded words when the value is the same', () => {
    const rows = diffDocuments({ codings: [c('threshold', 'significant_harm', 'a')] }, { codings: [c('threshold', 'significant_harm', 'b')] });
    expect(rows.some((r) => r.changed)).toBe(false);
  });
});
