/**
 * How each outcome looks on the map: a colour AND a pattern, so no two outcomes of a dimension differ by colour
 * alone. Values get styles by their place in the codebook, so new codebook values are styled without an edit here.
 * The kinds of "no value" keep the textures the timeline uses (silent diagonal, not yet coded dots, no document
 * horizontal lines); places that are not UN member States are plain grey and are not links.
 */
import { getDimension, type DimensionKey } from '@/lib/domain/codebook';

export type MapPattern =
  'solid' | 'crosshatch' | 'vertical' | 'checker' | 'rings' | 'grid' | 'bricks' | 'triangles' | 'diagonal' | 'dots' | 'horizontal' | 'plain';
export type MapStyle = { key: string; color: string; pattern: MapPattern };

/** Patterns for substantive values, in codebook order: each dimension has at most this many substantive values. */
const VALUE_PATTERNS: readonly MapPattern[] = ['solid', 'crosshatch', 'vertical', 'checker', 'rings', 'grid', 'bricks', 'triangles'];
/** Dark, mutually distinct hues (after Okabe–Ito), all at least 4.5:1 against white. */
const VALUE_COLORS: readonly string[] = ['#1b6b3a', '#a35c00', '#5b4bb7', '#0b5d80', '#8a3b12', '#a61b1b', '#6b2d5c', '#3f5f1f'];

const NO_FINDING_COLOR = '#374151';

export const NOT_A_STATE_KEY = 'not_a_state';
export const FREE_TEXT_KEY = 'free_text';

const FIXED: Record<string, Omit<MapStyle, 'key'>> = {
  not_coded: { color: '#4b5563', pattern: 'dots' },
  no_document: { color: '#9ca3af', pattern: 'horizontal' },
  [NOT_A_STATE_KEY]: { color: '#e5e7eb', pattern: 'plain' },
};

/** The substantive (non "no finding") values of a dimension, in codebook order. */
function substantiveValues(dimension: DimensionKey): string[] {
  const d = getDimension(dimension);
  return d.values.map((v) => v.value).filter((v) => v !== d.noFindingValue);
}

/** Style for an outcome key (see lib/tally.ts outcomeKey): a value, the no-finding value, `free_text`, `not_coded`, `no_document`. */
export function mapStyle(dimension: DimensionKey, key: string): MapStyle {
  const fixed = FIXED[key];
  if (fixed) return { key, ...fixed };
  if (key === getDimension(dimension).noFindingValue) return { key, color: NO_FINDING_COLOR, pattern: 'diagonal' };
  const index = key === FREE_TEXT_KEY ? 0 : substantiveValues(dimension).indexOf(key);
  if (index < 0 || index >= VALUE_PATTERNS.length) throw new Error(`no map style for ${dimension}:${key}; add a pattern to lib/map/map-styles.ts`);
  return { key, color: VALUE_COLORS[index]!, pattern: VALUE_PATTERNS[index]! };
}

/**
 * One style per pattern: each pattern is drawn in one colour only, so the patterns can be defined once, with ids that
 * do not depend on the dimension (lib/map/map-patterns.ts), in the page and in the world outline asset alike.
 */
export const PATTERN_STYLES: readonly MapStyle[] = [
  ...VALUE_PATTERNS.map((pattern, i) => ({ key: pattern, color: VALUE_COLORS[i]!, pattern })),
  { key: 'diagonal', color: NO_FINDING_COLOR, pattern: 'diagonal' as const },
  { key: 'dots', ...FIXED.not_coded! },
  { key: 'horizontal', ...FIXED.no_document! },
  { key: 'plain', ...FIXED[NOT_A_STATE_KEY]! },
];

/** Every key a dimension's map can show, in legend order. */
export function mapKeys(dimension: DimensionKey): string[] {
  const d = getDimension(dimension);
  const values = d.values.length === 0 ? [FREE_TEXT_KEY] : d.values.map((v) => v.value);
  return [...values, 'not_coded', 'no_document'];
}
