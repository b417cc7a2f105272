/** Shapes the month-end series for the chart and its text summary; pure, shared by the page and its tests. */
import { ACTOR_KIND_LABELS, type ActorKind } from '@/lib/domain/vocabulary';
import { countByOutcome } from '@/lib/domain/tally';
import type { MonthPoint } from '@/lib/timeline/timeline-series';
import { GAP_MARKS, valueMark } from '@/lib/compare/matrix-marks';

/** How a band is filled: the applicability values are solid, the three kinds of "no value" each have a texture. */
export type Texture = 'solid' | 'diagonal' | 'dots' | 'horizontal';
export type ChartSeries = { key: string; label: string; color: string; texture: Texture };
export type ChartMarker = { asOf: string; label: string };
export type ChartPoint = { asOf: string } & Record<string, number | string>;

const STYLE: Record<string, { color: string; texture: Texture }> = {
  binding_obligation: { color: '#1b6b3a', texture: 'solid' },
  voluntary_norm: { color: '#c27c0e', texture: 'solid' },
  unsettled: { color: '#5b4bb7', texture: 'solid' },
  political_support: { color: '#2f7fa8', texture: 'solid' },
  rejects: { color: '#a61b1b', texture: 'solid' },
  general_law_only: { color: '#7a6a55', texture: 'solid' },
  silent: { color: '#4b5563', texture: 'diagonal' },
  not_coded: { color: '#6b7280', texture: 'dots' },
  no_document: { color: '#9ca3af', texture: 'horizontal' },
};

/** One series per applicability value, then not yet coded and no document, in stacking order (bottom first). */
export function applicabilitySeries(): ChartSeries[] {
  return countByOutcome('applicability', []).map((c) => ({ key: c.key, label: c.label, ...(STYLE[c.key] ?? { color: '#777', texture: 'solid' }) }));
}

/** Flat rows for the chart (one per month end, a number per series key), built from the same points as the table. */
export function chartRows(points: readonly MonthPoint[], series: readonly ChartSeries[]): ChartPoint[] {
  return points.map((p) => ({ asOf: p.asOf, ...Object.fromEntries(series.map((s) => [s.key, p.counts[s.key] ?? 0])) }));
}

/** X-axis ticks: the end of every January, labelled with its year (so a label sits at the start of its year). */
export function yearTicks(points: readonly MonthPoint[]): string[] {
  return points.filter((p) => p.asOf.slice(5, 7) === '01').map((p) => p.asOf);
}

/**
 * Numbered markers placed on the first month end on or after each moment (the list below the chart uses the numbers).
 * `first` is the number of the first date given, so a list that starts later keeps every moment's number.
 */
export function markerPositions(points: readonly MonthPoint[], effectiveDates: readonly string[], first = 1): ChartMarker[] {
  let p = 0;
  // Dates come in order (the markers query sorts them), so one cursor over the months places them all.
  return effectiveDates.map((d, i) => {
    while (p < points.length && points[p]!.asOf < d) p += 1;
    return { asOf: points[p]?.asOf ?? d, label: String(first + i) };
  });
}

/**
 * The month ends where some count moved since the month before, with the first and the latest month. The series is a
 * step function, so nothing is lost: a month left out has the counts of the last month kept before it. The table shows
 * these rows and the chart is sent them (lib/timeline/step-rows.ts fills the months back in), instead of every month.
 */
export function movedMonths(points: readonly MonthPoint[], series: readonly ChartSeries[]): MonthPoint[] {
  return points.filter((p, i) => {
    const prev = points[i - 1];
    return !prev || i === points.length - 1 || series.some((s) => (p.counts[s.key] ?? 0) !== (prev.counts[s.key] ?? 0));
  });
}

/** The chart's text alternative: scope, span and the latest counts. */
export function seriesSummary(points: readonly MonthPoint[], kind: ActorKind, series: readonly ChartSeries[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 'No data for these filters.';
  return `Stacked step chart of ${ACTOR_KIND_LABELS[kind].toLowerCase()} actors by applicability value, month by month from ${first.asOf} to ${last.asOf}. At the end: ${series.map((s) => `${s.label} ${last.counts[s.key] ?? 0}`).join(', ')}. The table below gives every month.`;
}

/** What moved since the month before, in words: "Binding obligation +2, No document tracked −2" ('' if nothing). */
export function monthMoves(points: readonly MonthPoint[], series: readonly ChartSeries[]): Map<string, string> {
  const out = new Map<string, string>();
  points.forEach((p, i) => {
    const prev = points[i - 1];
    const moves = series.flatMap((s) => {
      const d = (p.counts[s.key] ?? 0) - (prev?.counts[s.key] ?? 0);
      return prev && d !== 0 ? [`${s.label} ${d > 0 ? '+' : '−'}${Math.abs(d)}`] : [];
    });
    out.set(p.asOf, moves.join(', '));
  });
  return out;
}

export type BandLabel = { key: string; asOf: string; y: number; text: string };

/**
 * Direct labels at the right end of the chart, one per band that has actors at the last month: the band's symbol and
 * short name at the middle of its stack, so bands of similar hue are told apart without the legend.
 */
export function bandLabels(points: readonly MonthPoint[], series: readonly ChartSeries[]): BandLabel[] {
  const last = points[points.length - 1];
  if (!last) return [];
  let base = 0;
  return series.flatMap((s) => {
    const n = last.counts[s.key] ?? 0;
    const y = base + n / 2;
    base += n;
    if (n === 0) return [];
    const mark = s.key === 'not_coded' || s.key === 'no_document' ? GAP_MARKS[s.key] : valueMark('applicability', s.key);
    return [{ key: s.key, asOf: last.asOf, y, text: `${mark.symbol} ${mark.short}` }];
  });
}
