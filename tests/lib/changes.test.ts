import { describe, expect, it } from 'vitest';
import type { AsOfCoding } from '@/lib/as-of';
import { listDocumentEvents, type ChangeDocument } from '@/lib/changes';
import { parsePartialDate } from '@/lib/dates';
import { outcomeKey } from '@/lib/tally';

let id = 1;
const doc = (date: string): ChangeDocument => ({ id: id++, slug: `d-${date}`, date, effective: parsePartialDate(date)!.effective, title: `Doc ${date}`, type: 'position_paper' });
const coding = (d: ChangeDocument, dimension: AsOfCoding['dimension'], value: string): AsOfCoding => ({ id: id++, documentId: d.id, dimension, value, freeText: null, confidence: 'high' });

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
