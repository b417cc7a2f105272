import { describe, expect, it } from 'vitest';
import { resolveActorAsOf, type AsOfCoding, type AsOfDocument } from '@/lib/domain/as-of';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import { parsePartialDate } from '@/lib/domain/dates';
import { outcomeKey } from '@/lib/domain/tally';
import { cellChange, codedDimensions, dayAfter, sameOutcome, thenAndNowRows } from '@/lib/then-and-now/then-and-now';

let id = 1;
const doc = (date: string): AsOfDocument => ({ id: id++, slug: `d-${id}`, date, effective: parsePartialDate(date)!.effective });
const coding = (d: AsOfDocument, dimension: AsOfCoding['dimension'], value: string | null, freeText: string | null = null): AsOfCoding => ({
  id: id++,
  documentId: d.id,
  dimension,
  value,
  freeText,
  confidence: 'high',
});

// One actor per case of the as-of rule between two dates.
const a2014 = doc('2014-05-01');
const a2019 = doc('2019');
const b2020 = doc('2020-02-02');
const c2013 = doc('2013');
const c2021 = doc('2021-06-01');
const actors = [
  // silent → a value: changed
  { slug: 'a', docs: [a2014, a2019], codings: [coding(a2014, 'applicability', 'silent'), coding(a2019, 'applicability', 'voluntary_norm')] },
  // no document → an uncoded document: a change of the record, not of a position
  { slug: 'b', docs: [b2020], codings: [] },
  // a legal view, then a later silence: the view stands (unchanged); remedies in other words: changed
  {
    slug: 'c',
    docs: [c2013, c2021],
    codings: [
      coding(c2013, 'applicability', 'binding_obligation'),
      coding(c2021, 'applicability', 'silent'),
      coding(c2013, 'remedies', null, 'countermeasures'),
      coding(c2021, 'remedies', null, 'retorsion only'),
    ],
  },
];
const then = '2015-12-31';
const now = '2026-01-01';
const at = (asOf: string) =>
  actors.map((a) => ({ actor: { slug: a.slug, name: a.slug, kind: 'state' as const }, outcomes: resolveActorAsOf(DIMENSION_KEYS, asOf, a.docs, a.codings) }));

describe('thenAndNowRows', () => {
  const rows = thenAndNowRows(at(then), at(now), DIMENSION_KEYS);

  it('marks exactly the cells whose as-of outcome differs between the two dates', () => {
    for (const r of rows)
      for (const c of r.cells) {
        const differs =
          outcomeKey(c.then) !== outcomeKey(c.now) || (c.then.kind === 'value' && c.now.kind === 'value' && c.then.coding.freeText !== c.now.coding.freeText);
        expect(c.change !== 'none', `${r.actor.slug} ${c.dimension}`).toBe(differs);
      }
    const changed = (slug: string) =>
      rows
        .find((r) => r.actor.slug === slug)!
        .cells.filter((c) => c.change !== 'none')
        .map((c) => `${c.dimension}:${c.change}`);
    expect(changed('a')).toEqual(['applicability:position']);
    expect(changed('b')).toEqual(DIMENSION_KEYS.map((d) => `${d}:record`));
    expect(changed('c')).toEqual(['remedies:position']);
  });

  it('counts the changed cells of each row', () => {
    expect(rows.map((r) => r.changed)).toEqual([1, DIMENSION_KEYS.length, 1]);
  });

  it('keeps only the dimensions coded for some actor at either date', () => {
    expect(codedDimensions(at(then), at(now), DIMENSION_KEYS)).toEqual(['applicability', 'remedies']);
  });
});

describe('helpers', () => {
  it('tells a change of position from a change of the record', () => {
    expect(cellChange('applicability', { kind: 'no_document' }, { kind: 'no_document' })).toBe('none');
    expect(sameOutcome('applicability', { kind: 'no_document' }, { kind: 'not_coded', latest: { id: 1, slug: 'x', date: '2020' } })).toBe(false);
  });

  it('gives the day after a date, across months and years', () => {
    expect(dayAfter('2015-12-31')).toBe('2016-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
  });
});
