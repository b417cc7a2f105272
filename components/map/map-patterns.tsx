import { patternDefsMarkup, swatchDefsMarkup, swatchId } from '@/lib/map/map-patterns';
import type { MapStyle } from '@/lib/map/map-styles';

/**
 * One set of <pattern>s per page (fixed ids, lib/map/map-patterns.ts), used by the map, and one swatch <symbol> per
 * style, used by the legend and every table row. The markup is written once in lib/ (the outline asset carries the
 * same patterns) from the codebook's styles alone: no data, nothing to escape.
 */
export function MapPatternDefs({ styles }: { styles: readonly MapStyle[] }) {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs dangerouslySetInnerHTML={{ __html: patternDefsMarkup(styles) + swatchDefsMarkup(styles) }} />
    </svg>
  );
}

/** A legend or table key: the style's swatch (from MapPatternDefs), or the dashed outline that marks low confidence. */
export function MapSwatch({ style }: { style: MapStyle | null }) {
  return (
    <svg width="26" height="18" viewBox="0 0 26 18" aria-hidden="true" focusable="false" className="map-swatch">
      {style ? (
        <use href={`#${swatchId(style.pattern)}`} />
      ) : (
        <rect x="1" y="1" width="24" height="16" fill="#ffffff" stroke="#111827" strokeWidth={2} strokeDasharray="3 2" />
      )}
    </svg>
  );
}
