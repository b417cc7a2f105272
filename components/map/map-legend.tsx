import { getDimension, type DimensionKey } from '@/lib/domain/codebook';
import type { LegendItem } from '@/lib/map/map-model';
import { MapSwatch } from './map-patterns';
import styles from './map.module.css';

/**
 * The legend, in the codebook's words: coded values first, then the finding that the documents say nothing, then
 * not yet coded, no document tracked and places that are not States — each with its own pattern and a count.
 */
type Props = { items: LegendItem[]; dimensionKey: DimensionKey; headingId: string; heading?: string; level?: 2 | 3 };

export function MapLegend({ items, dimensionKey, headingId, heading = 'Legend', level = 2 }: Props) {
  const H = level === 2 ? 'h2' : 'h3';
  const noFinding = getDimension(dimensionKey).noFindingValue;
  const groups: { title: string; kinds: LegendItem['kind'][] }[] = [
    { title: 'Coded values', kinds: ['value'] },
    { title: noFinding ? 'Coded as saying nothing on this point' : '', kinds: ['no_finding'] },
    { title: 'No value', kinds: ['not_coded', 'no_document', 'not_a_state'] },
  ];
  return (
    <section aria-labelledby={headingId}>
      <H id={headingId}>{heading}</H>
      {groups.map((g) => {
        const list = items.filter((i) => g.kinds.includes(i.kind));
        if (list.length === 0) return null;
        return (
          <div key={g.title}>
            {g.title && <p className={styles.legendGroup}>{g.title}</p>}
            <ul className={styles.legend}>
              {list.map((i) => (
                <li key={i.key} data-legend={i.key}>
                  <MapSwatch style={i.style} />
                  <span>
                    {i.label}{' '}
                    <span className={styles.count}>({i.kind === 'not_a_state' ? `${i.count} places` : `${i.count} State${i.count === 1 ? '' : 's'}`})</span>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <ul className={styles.legend}>
        <li>
          <MapSwatch style={null} />
          <span>
            <span aria-hidden="true">⚠ </span>Dashed outline: low confidence — must be verified before citing
          </span>
        </li>
        <li>
          <svg width="26" height="18" aria-hidden="true" focusable="false">
            <circle cx="13" cy="9" r="5" fill="#ffffff" stroke="#111827" />
          </svg>
          <span>Circle: a State too small to draw at this scale</span>
        </li>
      </ul>
    </section>
  );
}
