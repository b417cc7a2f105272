import { describe, expect, it } from 'vitest';
import { changedPair, diffDocuments, pickDiffPair } from '@/lib/timeline/diff';

const c = (dimension: 'applicability' | 'knowledge' | 'threshold' | 'remedies', value: string | null, freeText: string | null = null) => ({
  dimension,
  value,
  freeText,
});

describe('diffDocuments', () => {
  it('lists changed dimensions first, counting "not coded in this document" as a side', () => {
    const rows = diffDocuments(
      { codings: [c('applicability', 'voluntary_norm'), c('knowledge', 'actual'), c('remedies', null, 'countermeasures')] },
      { codings: [c('applicability', 'binding_obligation'), c('knowledge', 'actual'), c('threshold', 'significant_harm')] },
    );
    // Remedies: stated before, not coded in the later document — by the as-of rule the earlier words stand (issue 13).
    expect(rows.filter((r) => r.changed).map((r) => r.dimension)).toEqual(['applicability', 'threshold']);
    expect(rows.slice(0, 2).every((r) => r.changed)).toBe(true);
    expect(rows[2]).toMatchObject({ dimension: 'remedies', status: 'earlier_stands', changed: false });
    expect(rows).toHaveLength(9);
  });

  it('never calls a later silence a change: the earlier view stands', () => {
    const rows = diffDocuments(
      { codings: [c('applicability', 'voluntary_norm'), c('knowledge', 'actual')] },
      { codings: [c('applicability', 'silent'), c('knowledge', 'unspecified')] },
    );
    expect(rows.filter((r) => r.changed)).toEqual([]);
    expect(rows.filter((r) => r.status === 'earlier_stands').map((r) => r.dimension)).toEqual(['applicability', 'knowledge']);
  });

  it('calls a new or different view after silence a change, and silence after silence unchanged', () => {
    const rows = diffDocuments(
      { codings: [c('applicability', 'silent'), c('knowledge', 'unspecified')] },
      { codings: [c('applicability', 'binding_obligation'), c('knowledge', 'unspecified')] },
    );
    expect(rows.find((r) => r.dimension === 'applicability')!.status).toBe('changed');
    expect(rows.find((r) => r.dimension === 'knowledge')!.status).toBe('unchanged');
  });

  it('follows the tiers of the as-of rule 1.1.0: political support after a legal view does not replace it', () => {
    const rows = diffDocuments({ codings: [c('applicability', 'binding_obligation')] }, { codings: [c('applicability', 'political_support')] });
    expect(rows[0]).toMatchObject({ dimension: 'applicability', status: 'political_after_legal', changed: false });
    const up = diffDocuments({ codings: [c('applicability', 'political_support')] }, { codings: [c('applicability', 'voluntary_norm')] });
    expect(up[0]).toMatchObject({ dimension: 'applicability', status: 'changed' });
    const silentAfterPolitical = diffDocuments({ codings: [c('applicability', 'political_support')] }, { codings: [c('applicability', 'silent')] });
    expect(silentAfterPolitical[0]).toMatchObject({ dimension: 'applicability', status: 'earlier_stands' });
  });

  it('ignores differences in recorded words when the value is the same', () => {
    const rows = diffDocuments({ codings: [c('threshold', 'significant_harm', 'a')] }, { codings: [c('threshold', 'significant_harm', 'b')] });
    expect(rows.some((r) => r.changed)).toBe(false);
  });
});

describe('pickDiffPair', () => {
  const docs = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }];

  it('defaults to the first and latest documents', () => {
    expect(pickDiffPair(docs, undefined, undefined, 'X')).toEqual({ from: docs[0], to: docs[2], notices: [] });
  });

  it('puts a reversed pair in date order and says so', () => {
    const pair = pickDiffPair(docs, 'c', 'a', 'X')!;
    expect([pair.from.slug, pair.to.slug]).toEqual(['a', 'c']);
    expect(pair.notices).toHaveLength(1);
  });

  it('replaces an unknown document with a notice, and flags the same document on both sides', () => {
    const pair = pickDiffPair(docs, 'nope', 'a', 'X')!;
    expect([pair.from.slug, pair.to.slug]).toEqual(['a', 'a']);
    expect(pair.notices.join(' ')).toMatch(/"nope" is not a document of X.*same document/);
  });

  it('has nothing to compare with fewer than two documents', () => {
    expect(pickDiffPair([{ slug: 'a' }], 'a', 'a', 'X')).toBeNull();
  });
});

describe('changedPair', () => {
  const e = (slug: string, previous: string | null, changes: number) => ({
    document: { slug },
    previous: previous ? { slug: previous } : null,
    changes: Array(changes).fill(0),
  });
  it('is the latest document that changed a position, against the one before it', () => {
    expect(changedPair([e('a', null, 1), e('b', 'a', 1), e('c', 'b', 0)])).toEqual({ from: 'a', to: 'b' });
  });
  it('is null when only the first document set a position', () => {
    expect(changedPair([e('a', null, 1), e('b', 'a', 0)])).toBeNull();
  });
});
