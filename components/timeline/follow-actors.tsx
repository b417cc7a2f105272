import Link from 'next/link';
import { ActorPicker } from '@/components/filters/actor-picker';
import { DimensionSelect } from '@/components/filters/dimension-fields';
import { StepChart } from '@/components/charts/step-chart';
import { DIMENSION_LABELS } from '@/lib/domain/codebook';
import type { ActorKind } from '@/lib/domain/vocabulary';
import { DEFAULT_THEN } from '@/lib/url/then-and-now-params';
import type { StepChartModel, StepTableModel } from '@/lib/timeline/position-charts';
import type { TimelineParams } from '@/lib/url/timeline-params';
import { changesHref, thenAndNowWith, timelineHref } from '@/lib/url/hrefs';
import { changesQuery } from '@/lib/url/changes-params';
import { PositionStepTable } from './position-step-table';

type Actor = { slug: string; name: string; kind: ActorKind; iso3?: string | null };

/** Choose actors to follow one by one, on one dimension (a GET form that keeps the timeline's other filters). */
export function FollowActorsForm({ params, actors }: { params: TimelineParams; actors: Actor[] }) {
  return (
    <form className="filters" method="get" action={timelineHref()} aria-label="Follow actors over time">
      <ActorPicker actors={actors} chosen={params.actors} />
      <DimensionSelect chosen={params.dim} />
      {params.kind !== 'state' && <input type="hidden" name="kind" value={params.kind} />}
      {params.region && <input type="hidden" name="region" value={params.region} />}
      {params.group && <input type="hidden" name="group" value={params.group} />}
      <button type="submit">Follow</button>
    </form>
  );
}

/** The followed actors: one step line each on the chosen dimension, the table with the same steps, and where to go next. */
export function FollowedActors({ params, chart, table }: { params: TimelineParams; chart: StepChartModel; table: StepTableModel }) {
  return (
    <section aria-labelledby="followed-heading" id="followed">
      <h2 id="followed-heading">
        {table.columns.map((c) => c.label).join(', ')}: {DIMENSION_LABELS[params.dim].toLowerCase()} over time
      </h2>
      <p className="no-print">
        <Link href={thenAndNowWith({ actors: params.actors })}>Then and now: their positions on every dimension, {DEFAULT_THEN} and today, side by side</Link> ·{' '}
        <Link href={changesHref(changesQuery({ actors: params.actors, from: null, to: null, changesOnly: false, page: 1 }))}>their documents and changes</Link>
      </p>
      <StepChart title={chart.title} levels={chart.levels} series={chart.series} summary={chart.summary} />
      <PositionStepTable
        model={table}
        id="followed-steps"
        caption={`${DIMENSION_LABELS[params.dim]}: each actor's position from each day one of them changed (the chart's data)`}
      />
    </section>
  );
}
