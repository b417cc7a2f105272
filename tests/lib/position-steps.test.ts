import { describe, expect, it } from 'vitest';
import { resolveAsOf, type AsOfCoding, type AsOfDocument } from '@/lib/domain/as-of';
import { parsePartialDate } from '@/lib/domain/dates';
import { outcomeKey } from '@/lib/domain/tally';
import { actorPositionCharts, actorsOnDimension } from '@/lib/timeline/position-charts';
import { positionSteps, stepLevels, stepPoints, stepRows } from '@/lib/timeline/position-steps';

let id = 1;
const doc = (date: string): AsOfDocument => ({ id: id++, slug: `d-${id}`, date, effective: parsePartialDate(date)!.effective });
const coding = (d: AsOfDocument, dimension: AsOfCoding['dimension'], value: string | null): AsOfCoding => ({
  id: id++,
  documentId: d.id,
  dimension,
  value,
  freeText: null,
  confidence: 'high',
});

// The United Kingdom's shape: silent, then a voluntary norm, kept through later silence; one document not yet coded.
const d1 = doc('2018-05-23');
const d2 = doc('2019-09');
const d3 = doc('2021-06-03');
const d4 = doc('2022-05-19');
const d5 = doc('2023');
const docs = [d5, d3, d1, d4, d2];
const codings = [
  coding(d1, 'applicability', 'silent'),
  coding(d2, 'applicability', 'voluntary_norm'),
  coding(d3, 'applicability', 'voluntary_norm'),
  coding(d4, 'applicability', 'silent'),
  coding(d2, 'knowledge', 'actual'),
];

describe('positionSteps', () => {
  const steps = positionSteps('applicability', docs, codings);

  it('steps only where the as-of outcome changes, dated by the day a document takes effect', () => {
    expect(steps.map((s) => [s.from, s.key])).toEqual([
      ['2018-05-23', 'silent'],
      ['2019-09-30', 'voluntary_norm'],
    ]);
  });

  it('agrees with the as-of rule on every day between steps', () => {
    for (const day of ['2018-05-23', '2019-09-29', '2019-09-30', '2022-06-01', '2030-01-01']) {
      const held = steps.filter((s) => s.from <= day).pop();
      expect(held?.key ?? 'no_document', day).toBe(outcomeKey(resolveAsOf('applicability', day, docs, codings)));
    }
  });

  it('reads documents of the same day together', () => {
    const a = doc('2020-01-01');
    const b = doc('2020-01-01');
    expect(positionSteps('applicability', [a, b], [coding(a, 'applicability', 'silent'), coding(b, 'applicability', 'binding_obligation')])).toHaveLength(1);
  });
});

describe('step charts and their table', () => {
  it('orders the axis from no document up to the values, and holds the last step until today', () => {
    const steps = positionSteps('applicability', docs, codings);
    const levels = stepLevels('applicability', [steps]);
    expect(levels.map((l) => l.key)).toEqual(['no_document', 'silent', 'voluntary_norm']);
    const points = stepPoints(steps, levels, '2026-01-01');
    expect(points.map((p) => p.y)).toEqual([1, 2, 2]);
    expect(points[points.length - 1]!.date).toBe('2026-01-01');
  });

  it('charts each dimension with a coded position, and the table has a row per step day', () => {
    const { charts, table } = actorPositionCharts('UK', ['applicability', 'knowledge', 'threshold'], { documents: docs, codings }, '2026-01-01');
    expect(charts.map((c) => c.key)).toEqual(['applicability', 'knowledge']);
    expect(table.columns.map((c) => c.key)).toEqual(['applicability', 'knowledge']);
    expect(table.rows.map((r) => r.from)).toEqual(['2018-05-23', '2019-09-30']);
    expect(table.rows[1]!.cells.map((c) => [c.step?.key, c.changed])).toEqual([
      ['voluntary_norm', true],
      ['actual', true],
    ]);
    expect(table.rows[0]!.cells[1]).toMatchObject({ changed: true });
  });

  it('draws several actors on one dimension, one column each', () => {
    const x = doc('2016');
    const { chart, table } = actorsOnDimension(
      'applicability',
      [
        { slug: 'uk', name: 'UK', documents: docs, codings },
        { slug: 'x', name: 'X', documents: [x], codings: [coding(x, 'applicability', 'binding_obligation')] },
      ],
      '2026-01-01',
    );
    expect(chart.series.map((s) => s.key)).toEqual(['uk', 'x']);
    expect(table.rows.map((r) => r.from)).toEqual(['2016-12-31', '2018-05-23', '2019-09-30']);
    expect(table.rows[0]!.cells.map((c) => c.step?.key ?? null)).toEqual([null, 'binding_obligation']);
    expect(stepRows([[], []])).toEqual([]);
  });
});
