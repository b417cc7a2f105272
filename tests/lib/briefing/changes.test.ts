import { describe, expect, it } from 'vitest';
import { listPositionChanges } from '@/lib/briefing/changes';
import { outcomeKey } from '@/lib/domain/tally';
import { coding, doc } from './inputs';

const summary = (changes: ReturnType<typeof listPositionChanges>) =>
  changes.map((c) => `${c.dimension}: ${outcomeKey(c.from)} (${c.from.document.date}) → ${outcomeKey(c.to)} (${c.to.document.date})`);

describe('listPositionChanges', () => {
  it('reports a move between two stated values, citing the document of each', () => {
    const a = doc('2015-01-01');
    const b = doc('2021-06');
    const changes = listPositionChanges(
      [b, a],
      [coding(a, 'applicability', 'voluntary_norm'), coding(b, 'applicability', 'binding_obligation')],
      ['applicability'],
      '2026-01-01',
    );
    expect(summary(changes)).toEqual(['applicability: voluntary_norm (2015-01-01) → binding_obligation (2021-06)']);
  });

  it('never reads a later silence, an uncoded document or a first finding as a change', () => {
    const a = doc('2015');
    const b = doc('2019');
    const c = doc('2023');
    const codings = [coding(a, 'applicability', 'binding_obligation'), coding(b, 'applicability', 'silent'), coding(a, 'knowledge', 'actual')];
    expect(listPositionChanges([a, b, c], codings, ['applicability', 'knowledge'], '2026-01-01')).toEqual([]);
  });

  it('reports speaking up after silence, but not a change that takes effect after the as-of date', () => {
    const a = doc('2012-09-18');
    const b = doc('2016-11-10');
    const c = doc('2022-12-23');
    const codings = [coding(a, 'applicability', 'silent'), coding(b, 'applicability', 'voluntary_norm'), coding(c, 'applicability', 'binding_obligation')];
    expect(summary(listPositionChanges([a, b, c], codings, ['applicability'], '2022-12-22'))).toEqual([
      'applicability: silent (2012-09-18) → voluntary_norm (2016-11-10)',
    ]);
    expect(listPositionChanges([a, b, c], codings, ['applicability'], '2022-12-23')).toHaveLength(2);
  });
});
