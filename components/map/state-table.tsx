import type { DimensionKey } from '@/lib/domain/codebook';
import { DIMENSION_LABELS } from '@/lib/domain/codebook';
import type { MapEntry, Placement } from '@/lib/map/map-model';
import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { OutcomeLabel } from '@/components/positions/outcome-label';
import { MapSwatch } from './map-patterns';
import styles from './map.module.css';

const PLACEMENT: Record<Placement, string> = { outline: 'Outline', marker: 'Circle (small State)', list: 'Not drawn (no outline in the map data)' };

/**
 * The map's twin: every State, its value and confidence as of the date, in the same words as the map's links. Plain
 * links, as on the map: a next/link per State would put ~200 client components in the payload and prefetch each
 * actor page as the table scrolls by.
 */
export function StateTable({
  entries,
  dimension,
  asOf,
  id,
  caption,
}: {
  entries: MapEntry[];
  dimension: DimensionKey;
  asOf: string;
  id: string;
  caption?: string;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table id={id} className={styles.stateTable}>
        <caption id={`${id}-caption`}>
          {caption ?? `Every State (${entries.length}): ${DIMENSION_LABELS[dimension]} as of ${asOf} (the map's data; scrolls)`}
        </caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col">{DIMENSION_LABELS[dimension]}</th>
            <th scope="col">Confidence</th>
            <th scope="col">On the map</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.slug} data-state={e.slug} data-key={e.key}>
              <th scope="row">
                <a href={e.href}>{e.name}</a>
              </th>
              <td>
                <MapSwatch style={e.style} /> <OutcomeLabel dimension={dimension} outcome={e.outcome} />
              </td>
              <td>{e.confidence ? <ConfidenceBadge level={e.confidence} /> : <span className="muted">—</span>}</td>
              <td>{PLACEMENT[e.placement]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
