/**
 * Step charts and their table twins from the as-of rule's inputs: one actor on each dimension it has a coded position
 * on (actor pages), or several actors on one dimension (/timeline with actors). Pure.
 */
import { isCoded, type AsOfCoding, type AsOfDocument } from '@/lib/domain/as-of';
import { DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { positionSteps, stepLevels, stepPoints, stepRows, type PositionStep, type StepLevel, type StepPoint, type StepRow } from './position-steps';

export type StepColumn = { key: string; label: string };
export type StepChartModel = {
  key: string;
  title: string;
  levels: StepLevel[];
  series: { key: string; label: string; points: StepPoint[] }[];
  summary: string;
};
export type StepTableModel = { columns: StepColumn[]; rows: StepRow[] };

type Inputs = { documents: readonly AsOfDocument[]; codings: readonly AsOfCoding[] };

function describe(label: string, steps: readonly PositionStep[]): string {
  return steps.map((s) => `from ${s.from} ${s.label}`).join(', ') || `${label}: no document`;
}

/** One chart per dimension the actor has ever held a coded position on (codebook order), and one table for all. */
export function actorPositionCharts(
  actorName: string,
  dims: readonly DimensionKey[],
  inputs: Inputs,
  today: string,
): { charts: StepChartModel[]; table: StepTableModel } {
  const perDim = dims
    .map((dimension) => ({ dimension, steps: positionSteps(dimension, inputs.documents, inputs.codings) }))
    .filter((d) => d.steps.some((s) => isCoded(s.outcome)));
  const charts = perDim.map(({ dimension, steps }) => {
    const levels = stepLevels(dimension, [steps]);
    return {
      key: dimension,
      title: DIMENSION_LABELS[dimension],
      levels,
      series: [{ key: dimension, label: actorName, points: stepPoints(steps, levels, today) }],
      summary: `${actorName}, ${DIMENSION_LABELS[dimension].toLowerCase()} over time: ${describe(actorName, steps)}. The table below gives the same steps.`,
    };
  });
  return {
    charts,
    table: { columns: perDim.map((d) => ({ key: d.dimension, label: DIMENSION_LABELS[d.dimension] })), rows: stepRows(perDim.map((d) => d.steps)) },
  };
}

/** Several actors on one dimension: one chart, a line each, and the table with a column each. */
export function actorsOnDimension(
  dimension: DimensionKey,
  actors: readonly ({ slug: string; name: string } & Inputs)[],
  today: string,
): { chart: StepChartModel; table: StepTableModel } {
  const steps = actors.map((a) => positionSteps(dimension, a.documents, a.codings));
  const levels = stepLevels(dimension, steps);
  return {
    chart: {
      key: dimension,
      title: `${DIMENSION_LABELS[dimension]} over time`,
      levels,
      series: actors.map((a, i) => ({ key: a.slug, label: a.name, points: stepPoints(steps[i]!, levels, today) })),
      summary: `${DIMENSION_LABELS[dimension]} over time: ${actors.map((a, i) => `${a.name} ${describe(a.name, steps[i]!)}`).join('; ')}. The table below gives the same steps.`,
    },
    table: { columns: actors.map((a) => ({ key: a.slug, label: a.name })), rows: stepRows(steps) },
  };
}
