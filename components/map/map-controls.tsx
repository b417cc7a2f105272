import { DIMENSIONS, DIMENSION_LABELS } from '@/lib/domain/codebook';
import type { MapParams } from '@/lib/url/map-params';

/** A plain GET form: works without JavaScript, and the URL (dim, asOf, actors) is the state, so every map can be linked. */
export function MapControls({ params }: { params: MapParams }) {
  return (
    <form className="filters" method="get" action="/map" aria-label="Choose what the map shows">
      <label>
        Dimension
        <select name="dim" defaultValue={params.dim}>
          {DIMENSIONS.map((d) => (
            <option key={d.key} value={d.key}>
              {DIMENSION_LABELS[d.key]}
            </option>
          ))}
        </select>
      </label>
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
