import type { MapEntry } from '@/lib/map/map-model';
import { MapSwatch } from './map-patterns';
import styles from './map.module.css';

/** States shown as a circle or not drawn at all, as a list of links: easier to find than a 5-pixel circle. */
export function SmallStates({ entries }: { entries: MapEntry[] }) {
  const small = entries.filter((e) => e.placement !== 'outline');
  if (small.length === 0) return null;
  const notDrawn = small.filter((e) => e.placement === 'list');
  return (
    <section aria-labelledby="small-states-heading">
      <h2 id="small-states-heading">Small States</h2>
      <p className="muted">
        {small.length === 1 ? '1 State is' : `${small.length} States are`} too small to draw at this scale and are shown as circles
        {notDrawn.length > 0 ? `, or have no outline in the map data at all (${notDrawn.map((e) => e.name).join(', ')})` : ''}:
      </p>
      <ul className={styles.smallList}>
        {small.map((e) => (
          <li key={e.slug}>
            <MapSwatch style={e.style} />
            <a href={e.href}>{e.accessibleName}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
