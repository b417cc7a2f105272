import { StepChart } from '@/components/charts/step-chart';
import type { StepChartModel, StepTableModel } from '@/lib/timeline/position-charts';
import { PositionStepTable } from './position-step-table';

/**
 * An actor's position on each dimension over time: a step chart per dimension it has a coded position on, and one
 * table with the same steps (the charts' twin, which also reads without JavaScript and prints).
 */
export function ActorPositionsSection({ actorName, charts, table }: { actorName: string; charts: StepChartModel[]; table: StepTableModel }) {
  if (charts.length === 0) return null;
  return (
    <section aria-labelledby="positions-over-time">
      <h2 id="positions-over-time">Position over time</h2>
      <p className="muted">
        Each line is {actorName}&apos;s position on one dimension by the as-of rule, from the day each document takes effect (a date known only to the month or
        year counts from the end of that period); a later silence does not erase a stated view.
      </p>
      <div className="step-charts">
        {charts.map((c) => (
          <StepChart key={c.key} title={c.title} levels={c.levels} series={c.series} summary={c.summary} />
        ))}
      </div>
      <PositionStepTable model={table} id="actor-steps" caption={`${actorName}: the position on each dimension from each day it changed (the charts' data)`} />
    </section>
  );
}
