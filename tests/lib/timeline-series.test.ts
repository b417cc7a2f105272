import { describe, expect, it } from 'vitest';
import type { AsOfCoding, AsOfDocument } from '@/lib/domain/as-of';
import { monthEnds, parsePartialDate } from '@/lib/domain/dates';
import { applicabilitySteps, buildApplicabilitySeries, countApplicabilityAt, seriesKeys, type SeriesActor } from '@/lib/timeline/timeline-series';

let nextId = 1;
function actorWith(id: number, docs: [date: string, value: string | null][]): SeriesActor {
  const documents: AsOfDocument[] = [];
  const codings: AsOfCoding[] = [];
  for (const [date, value] of docs) {
    const doc = { id: nextId++, slug: `a${id}-${date}`, date, effective: parsePartialDate(date)!.effective };
    documents.push(doc);
    if (value) codings.push({ id: nextId++, documentId: doc.id, dimension: 'applicability', value, freeText: null, confidence: 'high' });
  }
  return { id, documents, codings };
}

const actors = [
  actorWith(1, [
    ['2018-05', 'voluntary_norm'],
    ['2020', 'silent'],
    ['2022-02-10', 'binding_obligation'],
  ]),
  actorWith(2, [
    ['2019-03-01', null],
    ['2021-07', 'unsettled'],
  ]),
  actorWith(3, []),
  actorWith(4, [
    ['2019', 'silent'],
    ['2019-12-31', 'rejects'],
  ]),
];
const everyone = () => true;

describe('buildApplicabilitySeries', () => {
  it('equals the as-of rule applied directly at every month end', () => {
    const series = buildApplicabilitySeries(actors, '2018-01', '2023-06', everyone);
    expect(series.map((p) => p.asOf)).toEqual(monthEnds('2018-01', '2023-06'));
    for (const point of series) expect(point).toEqual(countApplicabilityAt(actors, point.asOf, everyone));
  });

  it('keeps a value through a later silence, and tells "not yet coded" from "no document tracked"', () => {
    const at = (asOf: string) => buildApplicabilitySeries(actors, asOf.slice(0, 7), asOf.slice(0, 7), everyone)[0]!.counts;
    expect(at('2018-04-30')).toMatchObject({ no_document: 4, voluntary_norm: 0 });
    expect(at('2019-03-31')).toMatchObject({ voluntary_norm: 1, not_coded: 1, no_document: 2 });
    expect(at('2020-12-31')).toMatchObject({ voluntary_norm: 1, silent: 0, not_coded: 1, rejects: 1, no_document: 1 });
    expect(at('2022-02-28')).toMatchObject({ binding_obligation: 1, unsettled: 1, rejects: 1, no_document: 1 });
  });

  it('judges scope on each month end, and counts every key of the codebook (zeros included)', () => {
    const member = (id: number, asOf: string) => id === 1 && asOf >= '2019-06-15' && asOf <= '2021-03-01';
    const series = buildApplicabilitySeries(actors, '2019-05', '2021-04', member);
    for (const point of series) {
      expect(Object.keys(point.counts)).toEqual(seriesKeys());
      expect(point).toEqual(countApplicabilityAt(actors, point.asOf, member));
    }
    const totals = Object.fromEntries(series.map((p) => [p.asOf, p.total]));
    expect([totals['2019-05-31'], totals['2019-06-30'], totals['2021-02-28'], totals['2021-03-31']]).toEqual([0, 1, 1, 0]);
  });
});

describe('applicabilitySteps', () => {
  it('has one step per day a document takes effect, with the outcome from that day on', () => {
    expect(applicabilitySteps(actors[3]!)).toEqual([{ from: '2019-12-31', key: 'rejects' }]);
    expect(applicabilitySteps(actors[0]!).map((s) => s.key)).toEqual(['voluntary_norm', 'voluntary_norm', 'binding_obligation']);
  });
});
