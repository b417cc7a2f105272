import { DimensionSelect } from '@/components/filters/dimension-fields';
import { mapHref } from '@/lib/url/hrefs';
import type { MapParams } from '@/lib/url/map-params';

/** A plain GET form: works without JavaScript, and the URL (dim, asOf, actors) is the state, so every map can be linked. */
export function MapControls({ params }: { params: MapParams }) {
  return (
    <form className="filters" method="get" action={mapHref()} aria-label="Choose what the map shows">
      <DimensionSelect chosen={params.dim} />
      <label>
        As of
        <input type="date" name="asOf" defaultValue={params.asOf} required />
      </label>
      {/* The States picked out travel with a new dimension or date (a link on the page drops them). */}
      {params.actors.length > 0 && <input type="hidden" name="actors" value={params.actors.join(',')} />}
      <button type="submit">Show</button>
    </form>
  );
}
