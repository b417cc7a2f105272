import { describe, expect, it } from 'vitest';
import type { AsOfCoding } from '@/lib/domain/as-of';
import { describeChange, isFirstFinding } from '@/lib/changes/change-text';
import { listDocumentEvents, type ChangeDocument } from '@/lib/changes/changes';
import { parsePartialDate } from '@/lib/domain/dates';
import { outcomeKey } from '@/lib/domain/tally';

let id = 1;
const doc = (date: string): ChangeDocument => ({
  id: id++,
  slug: `d-${date}`,
  date,
  effective: parsePartialDate(date)!.effective,
  title: `Doc ${date}`,
  type: 'position_paper',
});
const coding = (d: ChangeDocument, dimension: AsOfCoding['dimension'], value: string): AsOfCoding => ({
  id: id++,
  documentId: d.id,
  dimension,
  value,
  freeText: null,
  confidence: 'high',
});

describe('listDocumentEvents', () => {
  it('reports a first value, a change, and neither a later silence nor an uncoded document', () => {
    const a = doc('2015-01-01');
    const b = doc('2019-06');
    const c = doc('2021');
    const d = doc('2024-03-01');
    const codings = [coding(a, 'applicability', 'voluntary_norm'), coding(b, 'applicability', 'binding_obligation'), coding(c, 'applicability', 'silent')];
    const events = listDocumentEvents([d, c, b, a], codings, ['applicability']);
    expect(events.map((e) => e.document.slug)).toEqual([a.slug, b.slug, c.slug, d.slug]);
    expect(events.map((e) => e.changes.map((ch) => `${outcomeKey(ch.from)}→${outcomeKey(ch.to)}`))).toEqual([
      ['no_document→voluntary_norm'],
      ['voluntary_norm→binding_obligation'],
      [],
      [],
    ]);
  });

  it('reports silence as a first finding when nothing was stated before', () => {
    const a = doc('2020-01-01');
    const events = listDocumentEvents([a], [coding(a, 'applicability', 'silent')], ['applicability', 'knowledge']);
    expect(events[0]!.changes.map((c) => [c.dimension, outcomeKey(c.to)])).toEqual([['applicability', 'silent']]);
  });
});

describe('listDocumentEvents, beside the changes', () => {
  it('names the previous document and says whether a document is coded at all', () => {
    const a = doc('2016-01-01');
    const b = doc('2017-01-01');
    const events = listDocumentEvents([b, a], [coding(a, 'applicability', 'unsettled')], ['applicability']);
    expect(events.map((e) => [e.previous?.slug ?? null, e.coded])).toEqual([
      [null, true],
      [a.slug, false],
    ]);
  });
});

describe('describeChange', () => {
  it('words a first finding as "first coded" and a move as old → new', () => {
    const a = doc('2016-06-01');
    const b = doc('2018-06-01');
    const events = listDocumentEvents([a, b], [coding(a, 'applicability', 'silent'), coding(b, 'applicability', 'rejects')], ['applicability']);
    const [first, move] = events.flatMap((e) => e.changes);
    expect(describeChange(first!.dimension, first!.from, first!.to)).toBe('Applicability: first coded, Silent');
    expect(isFirstFinding(first!.from)).toBe(true);
    expect(describeChange(move!.dimension, move!.from, move!.to)).toBe('Applicability: Silent → Rejects');
  });
});
