/**
 * An actor's position on one dimension over time, as steps: the as-of outcome from each day a document takes effect
 * until the next change (lib/domain/as-of.ts, one pass with resolvePrefixes). Documents taking effect on the same day
 * count together, as the rule counts them on that day. Shared by the step chart and its table twin, so they agree;
 * pure and client-safe.
 */
import { compareDocuments, resolvePrefixes, type AsOfCoding, type AsOfDocument, type Outcome } from '@/lib/domain/as-of';
import { getDimension, type DimensionKey } from '@/lib/domain/codebook';
import { outcomeLabel } from '@/lib/domain/outcome-text';
import { outcomeKey } from '@/lib/domain/tally';
import { sameOutcome } from '@/lib/then-and-now/then-and-now';

/** From `from` (the day a document takes effect) the actor's outcome is `outcome`, until the next step. */
export type PositionStep = { from: string; key: string; label: string; kind: Outcome['kind']; outcome: Outcome };

export function positionSteps(dimension: DimensionKey, documents: readonly AsOfDocument[], codings: readonly AsOfCoding[]): PositionStep[] {
  const ordered = [...documents].sort(compareDocuments);
  const after = resolvePrefixes(dimension, ordered, codings);
  const steps: PositionStep[] = [];
  let held: Outcome = { kind: 'no_document' };
  ordered.forEach((doc, i) => {
    // Only the last document of a day: the rule reads every document in effect on that day together.
    if (ordered[i + 1]?.effective === doc.effective) return;
    const outcome = after[i]!;
    if (steps.length > 0 && sameOutcome(dimension, held, outcome)) return;
    held = outcome;
    steps.push({ from: doc.effective, key: stepKey(dimension, outcome), label: outcomeLabel(dimension, outcome), kind: outcome.kind, outcome });
  });
  return steps;
}

/** The outcome's key, with the words of a free-text statement (two statements are two steps). */
function stepKey(dimension: DimensionKey, o: Outcome): string {
  return o.kind === 'value' && o.value === null ? `free_text:${o.coding.freeText ?? ''}` : outcomeKey(o);
}

/** The order of a dimension's outcomes on a chart's axis, bottom to top: no document, not coded, silence, then the values from last to first. */
export function levelRank(dimension: DimensionKey, key: string): number {
  const values = getDimension(dimension).values.map((v) => v.value);
  const gaps = ['no_document', 'not_coded'];
  if (gaps.includes(key)) return gaps.indexOf(key);
  if (key === getDimension(dimension).noFindingValue) return 2;
  const i = (values as readonly string[]).indexOf(key);
  return i < 0 ? 3 : 3 + (values.length - i);
}

export type StepLevel = { key: string; label: string };

/** The outcomes the series take, in axis order (bottom first): a compact axis with only what is drawn. */
export function stepLevels(dimension: DimensionKey, series: readonly (readonly PositionStep[])[]): StepLevel[] {
  const seen = new Map<string, string>([['no_document', outcomeLabel(dimension, { kind: 'no_document' })]]);
  for (const steps of series) for (const s of steps) if (!seen.has(s.key)) seen.set(s.key, s.label);
  return [...seen.entries()].map(([key, label]) => ({ key, label })).sort((a, b) => levelRank(dimension, a.key) - levelRank(dimension, b.key));
}

/** A chart line: x = day (ms), y = its level on the axis; held until `until` (today), starting from "no document". */
export type StepPoint = { t: number; y: number; label: string; date: string };
export function stepPoints(steps: readonly PositionStep[], levels: readonly StepLevel[], until: string): StepPoint[] {
  const y = (key: string) => levels.findIndex((l) => l.key === key);
  const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const points = steps.map((s) => ({ t: ms(s.from), y: y(s.key), label: s.label, date: s.from }));
  const last = steps[steps.length - 1];
  if (last && until > last.from) points.push({ t: ms(until), y: y(last.key), label: last.label, date: until });
  return points;
}

/** The table twin: one row per day any series moved, each series' outcome from that day and whether it moved then. */
export type StepRow = { from: string; cells: { step: PositionStep | null; changed: boolean }[] };
export function stepRows(series: readonly (readonly PositionStep[])[]): StepRow[] {
  const days = [...new Set(series.flatMap((steps) => steps.map((s) => s.from)))].sort();
  return days.map((from) => ({
    from,
    cells: series.map((steps) => {
      const held = steps.filter((s) => s.from <= from).pop() ?? null;
      return { step: held, changed: held?.from === from };
    }),
  }));
}
