/** Shapes the month-end series for the chart and its text summary; pure, shared by the page and its tests. */
import { ACTOR_KIND_LABELS, type ActorKind } from './domain';
import { countByOutcome } from './tally';
import type { MonthPoint } from './timeline-series';

export type ChartSeries = { key: string; label: string; color: string; pattern: boolean };
export type ChartMarker = { asOf: string; label: string };

const COLORS: Record<string, string> = {
  binding_obligation: '#0f5e2e',
  voluntary_norm: '#b7791f',
  unsettled: '#5b4bb7',
  rejects: '#8a1c1c',
  silent: '#6b7280',
  not_coded: '#9ca3af',
  no_document: '#d1d5db',
};

/** One series per applicability value, then the three kinds of "no value", hatched so colour is not the only cue. */
export function applicabilitySeries(): ChartSeries[] {
  return countByOutcome('applicability', []).map((c) => ({ key: c.key, label: c.label, color: COLORS[c.key] ?? '#999', pattern: c.kind !== 'value' }));
}

/** Numbered markers placed on the first month end on or after each moment (the list below the chart uses the numbers). */
export function markerPositions(points: readonly MonthPoint[], effectiveDates: readonly string[]): ChartMarker[] {
  return effectiveDates.map((d, i) => ({ asOf: points.find((p) => p.asOf >= d)?.asOf ?? d, label: String(i + 1) }));
}

/** The chart's text alternative: scope, span and the latest counts. */
export function seriesSummary(points: readonly MonthPoint[], kind: ActorKind, series: readonly ChartSeries[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 'No data for these filters.';
  return `Stacked step chart of ${ACTOR_KIND_LABELS[kind].toLowerCase()} actors by applicability value, month by month from ${first.asOf} to ${last.asOf}. At the end: ${series.map((s) => `${s.label} ${last.counts[s.key] ?? 0}`).join(', ')}. The table below gives every month.`;
}
