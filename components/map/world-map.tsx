import type { MapModel } from '@/lib/map/map-model';
import { mapFill } from '@/lib/map/map-patterns';
import { worldShapeHref } from '@/lib/map/world-asset';
import styles from './map.module.css';

type Props = {
  model: MapModel;
  prefix: string;
  /** Visible title and description ids are built from it. */
  title: string;
  description: string;
  /** false: a picture only (the small map on /), hidden from assistive technology, with no links to tab through. */
  interactive?: boolean;
  /** States picked out (`actors=`): drawn with a heavy outline on top, and listed in their own table by the page. */
  chosen?: ReadonlySet<string>;
};

const MARKER_R = 5;

/**
 * The choropleth, server-rendered SVG. Each State is an <a> to its actor page with an accessible name that says its
 * value and confidence; territories that are not States are drawn grey and are not links; low confidence gets a
 * dashed outline on top; tiny or missing outlines get a marker. Outlines are <use> references into the world outline
 * asset (lib/map/world-svg.ts), fetched once and cached by the browser; the page says only which shape gets which
 * fill. It works without JavaScript.
 */
export function WorldMap({ model, prefix, title, description, interactive = true, chosen }: Props) {
  const a11y = interactive
    ? { role: 'group' as const, 'aria-labelledby': `${prefix}-title`, 'aria-describedby': `${prefix}-desc` }
    : { 'aria-hidden': true as const, focusable: 'false' as const };
  const territoryFill = mapFill(model.legend.find((l) => l.kind === 'not_a_state')!.style);
  return (
    <svg className={styles.map} viewBox={`0 0 ${model.width} ${model.height}`} {...a11y}>
      {interactive && (
        <>
          <title id={`${prefix}-title`}>{title}</title>
          <desc id={`${prefix}-desc`}>{description}</desc>
        </>
      )}
      <g className={styles.territories} aria-hidden="true">
        {model.territories.map((t, i) => (
          <use key={`${t.name}-${i}`} href={worldShapeHref(t.ref)} fill={territoryFill} />
        ))}
      </g>
      <g className={styles.states}>
        {model.outlines.map((o) =>
          // A State too small to see at this scale is reached through its marker: one link per State, one tab stop.
          interactive && o.entry!.placement !== 'marker' ? (
            <a key={o.entry!.slug} href={o.entry!.href} aria-label={o.entry!.accessibleName} data-state={o.entry!.slug} data-key={o.entry!.key}>
              <title>{o.entry!.accessibleName}</title>
              <use href={worldShapeHref(o.ref)} fill={mapFill(o.entry!.style)} />
            </a>
          ) : (
            <use key={o.entry!.slug} href={worldShapeHref(o.ref)} fill={mapFill(o.entry!.style)} />
          ),
        )}
      </g>
      <g className={styles.low} aria-hidden="true">
        {model.lowConfidence.map((o) => (
          <use key={o.entry!.slug} href={worldShapeHref(o.ref)} />
        ))}
      </g>
      {chosen && chosen.size > 0 && (
        // On top of the fills and under the markers' links; the page's table of the chosen States says the same in words.
        <g className={styles.chosen} aria-hidden="true" data-chosen-count={chosen.size}>
          {model.outlines
            .filter((o) => chosen.has(o.entry!.slug))
            .map((o) => (
              <use key={o.entry!.slug} href={worldShapeHref(o.ref)} />
            ))}
          {model.markers
            .filter((m) => chosen.has(m.entry.slug))
            .map((m) => (
              <circle key={m.entry.slug} cx={m.x} cy={m.y} r={MARKER_R + 3} />
            ))}
        </g>
      )}
      <g className={styles.markers}>
        {model.markers.map((m) => {
          const dot = (
            <circle cx={m.x} cy={m.y} r={MARKER_R} fill={mapFill(m.entry.style)} className={m.entry.confidence === 'low' ? styles.lowMarker : undefined} />
          );
          return interactive ? (
            <a key={m.entry.slug} href={m.entry.href} aria-label={m.entry.accessibleName} data-state={m.entry.slug} data-key={m.entry.key} data-marker="">
              <title>{m.entry.accessibleName}</title>
              {dot}
            </a>
          ) : (
            <g key={m.entry.slug}>{dot}</g>
          );
        })}
      </g>
    </svg>
  );
}
