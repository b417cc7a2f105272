/**
 * The map's fills: a plain colour, or a <pattern> of that colour (so no two outcomes differ by colour alone). The
 * patterns are SVG markup written once here, with fixed ids (`map-<pattern>`), and placed both in the page (for the
 * legend's swatches and the map) and in the world outline asset (lib/map/world-svg.ts): a browser that resolves
 * `url(#…)` inside an external <use> against the asset's own document (Firefox does, for its shadow trees) finds
 * the same pattern there. Each fill also names its colour as the fallback paint.
 */
import { PATTERN_STYLES, type MapPattern, type MapStyle } from './map-styles';

const TILE = 6;

/** The marks drawn in one pattern tile, in the pattern's colour. */
function tile(pattern: MapPattern, c: string): string {
  switch (pattern) {
    case 'crosshatch':
      return `<path d="M0,0 L6,6 M6,0 L0,6" stroke="${c}" stroke-width="1.3"/>`;
    case 'vertical':
      return `<rect x="0" y="0" width="3" height="6" fill="${c}"/>`;
    case 'checker':
      return `<path d="M0,0 h3 v3 h-3 z M3,3 h3 v3 h-3 z" fill="${c}"/>`;
    case 'rings':
      return `<circle cx="3" cy="3" r="1.8" fill="none" stroke="${c}" stroke-width="1.1"/>`;
    case 'grid':
      return `<path d="M0,0.6 H6 M0.6,0 V6" stroke="${c}" stroke-width="1.2"/>`;
    case 'bricks':
      return `<path d="M0,0.6 H6 M0,3.6 H6 M1.5,0 V3 M4.5,3 V6" stroke="${c}" stroke-width="1"/>`;
    case 'triangles':
      return `<path d="M0,6 L3,1 L6,6 z" fill="${c}"/>`;
    case 'diagonal':
      return `<path d="M-1,1 L1,-1 M0,6 L6,0 M5,7 L7,5" stroke="${c}" stroke-width="1.2"/>`;
    case 'dots':
      return `<circle cx="3" cy="3" r="1.1" fill="${c}"/>`;
    case 'horizontal':
      return `<path d="M0,3 H6" stroke="${c}" stroke-width="1"/>`;
    default:
      return '';
  }
}

const isPattern = (s: MapStyle) => s.pattern !== 'solid' && s.pattern !== 'plain';

export const patternId = (pattern: MapPattern) => `map-${pattern}`;
/** A legend or table swatch of a style: one <symbol> per page, used by every row that shows it. */
export const swatchId = (pattern: MapPattern) => `map-sw-${pattern}`;

/** `fill` for a style: the colour for solid and plain, else the pattern with the colour as fallback paint. */
export function mapFill(style: MapStyle): string {
  return isPattern(style) ? `url(#${patternId(style.pattern)}) ${style.color}` : style.color;
}

/**
 * <pattern> elements for the given styles' patterns (every pattern when none are given). Substantive values sit on a
 * tint of their colour; the kinds of "no value" and the no-finding diagonal on white.
 */
export function patternDefsMarkup(styles: readonly MapStyle[] = PATTERN_STYLES): string {
  const seen = new Set<MapPattern>();
  let out = '';
  for (const s of styles) {
    if (!isPattern(s) || seen.has(s.pattern)) continue;
    seen.add(s.pattern);
    const onWhite = s.pattern === 'dots' || s.pattern === 'horizontal' || s.pattern === 'diagonal';
    out +=
      `<pattern id="${patternId(s.pattern)}" width="${TILE}" height="${TILE}" patternUnits="userSpaceOnUse">` +
      `<rect width="${TILE}" height="${TILE}" fill="${onWhite ? '#ffffff' : `${s.color}33`}"/>${tile(s.pattern, s.color)}</pattern>`;
  }
  return out;
}

/** One swatch <symbol> per style (a framed rectangle in the style's fill), for the page's legend and table rows. */
export function swatchDefsMarkup(styles: readonly MapStyle[]): string {
  const seen = new Set<MapPattern>();
  let out = '';
  for (const s of styles) {
    if (seen.has(s.pattern)) continue;
    seen.add(s.pattern);
    out += `<symbol id="${swatchId(s.pattern)}" viewBox="0 0 26 18"><rect x="1" y="1" width="24" height="16" fill="${mapFill(s)}" stroke="#6b7280" stroke-width="1"/></symbol>`;
  }
  return out;
}
