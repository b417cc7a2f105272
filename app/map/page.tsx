import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { loadMapView } from '@/server/views/map';
import { MapLegend } from '@/components/map/map-legend';
import { MapControls } from '@/components/map/map-controls';
import { MapPatternDefs } from '@/components/map/map-patterns';
import { SmallStates } from '@/components/map/small-states';
import { StateTable } from '@/components/map/state-table';
import { CoverageLine } from '@/components/coverage/coverage-line';
import { WorldMap } from '@/components/map/world-map';
import { Notices } from '@/components/ui/notices';
import { DIMENSION_LABELS, getDimension } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import type { SearchParams } from '@/lib/url/search-params';
import { compareWith, mapHref } from '@/lib/url/hrefs';
import { toQuery } from '@/lib/url/search-params';

export const metadata: Metadata = { title: 'World map' };

const PREFIX = 'wm';

export default async function MapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { params, notices, model, coverage } = await loadMapView(await searchParams);
  const chosen = new Set(params.actors);
  const chosenEntries = model.entries.filter((e) => chosen.has(e.slug));
  const label = DIMENSION_LABELS[params.dim];
  const date = formatPartialDate(params.asOf);
  const counts = model.legend
    .filter((l) => l.kind !== 'not_a_state' && l.count > 0)
    .map((l) => `${l.label} ${l.count}`)
    .join(', ');
  return (
    <>
      <h1>World map</h1>
      <p className="lede">Every State in the dataset on one dimension of the codebook, as of one date: {getDimension(params.dim).question}</p>
      <Notices notices={notices} />
      <MapControls params={params} />
      <h2 id="map-heading">
        {label} as of {date} <span className="muted">({params.asOf})</span>
      </h2>
      <p className="muted">
        Only documents in effect on or before {params.asOf} count, by the same as-of rule as <Link href={compareWith({ asOf: params.asOf })}>Compare</Link>.
        Each State is a link to its page. <a href="#state-table">Skip the map: the table of every State</a>.
      </p>
      <CoverageLine
        id="coverage-line"
        label={label}
        coverage={coverage}
        asOf={params.asOf}
        notCodedHref={compareWith({ value: `${params.dim}:not_coded`, asOf: params.asOf })}
      />
      {chosenEntries.length > 0 && (
        <section aria-labelledby="chosen-heading">
          <h2 id="chosen-heading">The States you chose</h2>
          <p className="muted">
            Drawn with a heavy black outline on the map. <a href={mapHref(toQuery({ dim: params.dim, asOf: params.asOf }))}>Show every State alike</a>.
          </p>
          <StateTable
            entries={chosenEntries}
            dimension={params.dim}
            asOf={params.asOf}
            id="chosen-table"
            caption={`The States you chose (${chosenEntries.length}): ${label} as of ${params.asOf}`}
          />
        </section>
      )}
      <MapPatternDefs styles={model.legend.map((l) => l.style)} />
      <figure style={{ margin: 0 }}>
        <WorldMap
          model={model}
          chosen={chosen}
          prefix={PREFIX}
          title={`World map: ${label} as of ${params.asOf}`}
          description={`${model.entries.length} States. ${counts}. Patterns and colours follow the legend; a dashed outline marks low confidence; circles mark States too small to draw. The table below lists every State.`}
        />
        <figcaption className="muted">
          Country outlines: Natural Earth 1:110m (public domain) via world-atlas; Equal Earth projection. Borders shown are not a position on any dispute.
        </figcaption>
      </figure>
      <MapLegend items={model.legend} dimensionKey={params.dim} headingId="legend-heading" />
      <SmallStates entries={model.entries} />
      <h2 id="table-heading">Every State</h2>
      <StateTable entries={model.entries} dimension={params.dim} asOf={params.asOf} id="state-table" />
    </>
  );
}
