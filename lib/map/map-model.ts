/**
 * Joins the as-of outcomes of every State to the world map's geometry: which outline or marker each State gets, the
 * words a screen reader hears for it, the legend with counts, and the table twin. Pure: outcomes come from the one
 * as-of rule (db/queries/positions.ts → lib/as-of.ts); nothing here decides a position.
 */
import { codingOf, type Outcome } from '@/lib/domain/as-of';
import { getDimension, type DimensionKey } from '@/lib/domain/codebook';
import { CONFIDENCE_LABELS, type Confidence } from '@/lib/domain/vocabulary';
import { OUTCOME_KIND_LABELS, outcomeLabel } from '@/lib/domain/outcome-text';
import { outcomeKey } from '@/lib/domain/tally';
import { isoNumericOf } from './iso-numeric';
import { mapKeys, mapStyle, NOT_A_STATE_KEY, FREE_TEXT_KEY, type MapStyle } from './map-styles';
import { SMALL_AREA_PX, type MapGeometry } from './world-geometry';
import { actorHref } from '@/lib/url/hrefs';

export type MapState = { slug: string; name: string; iso3: string | null; outcome: Outcome };

/** How a State appears on the map: its own outline, a marker (no outline at 1:110m, or one too small), or only in the list. */
export type Placement = 'outline' | 'marker' | 'list';

export type MapEntry = {
  slug: string;
  name: string;
  href: string;
  key: string;
  style: MapStyle;
  label: string;
  confidence: Confidence | null;
  /** "Denmark: Binding obligation (high confidence)" — the link's accessible name and tooltip. */
  accessibleName: string;
  outcome: Outcome;
  placement: Placement;
};

/** `ref`: the shape's id in the world outline asset (lib/map/world-svg.ts), drawn with a <use>. */
export type MapOutline = { ref: string; entry: MapEntry | null; name: string };
export type MapMarker = { x: number; y: number; entry: MapEntry };
export type LegendItem = {
  key: string;
  label: string;
  style: MapStyle;
  count: number;
  kind: 'value' | 'no_finding' | 'not_coded' | 'no_document' | 'not_a_state';
};

export type MapModel = {
  width: number;
  height: number;
  dimension: DimensionKey;
  /** Outlines of countries that are not tracked States (Greenland, Taiwan, Western Sahara…): drawn, not linked. */
  territories: MapOutline[];
  /** State outlines, ordered by State name so the keyboard walks them alphabetically. */
  outlines: MapOutline[];
  markers: MapMarker[];
  /** Every State, by name: the table twin. */
  entries: MapEntry[];
  /** States with no outline and no marker position (their code is unknown to ISO 3166 or to world-atlas). */
  listedOnly: MapEntry[];
  legend: LegendItem[];
  lowConfidence: MapOutline[];
};

function confidenceOf(o: Outcome): Confidence | null {
  return codingOf(o)?.confidence ?? null;
}

function keyOf(o: Outcome): string {
  return o.kind === 'value' && o.value === null ? FREE_TEXT_KEY : outcomeKey(o);
}

export function accessibleName(name: string, dimension: DimensionKey, o: Outcome): string {
  const confidence = confidenceOf(o);
  const label = outcomeLabel(dimension, o);
  return confidence ? `${name}: ${label} (${CONFIDENCE_LABELS[confidence].toLowerCase()})` : `${name}: ${label}`;
}

function legendKind(dimension: DimensionKey, key: string): LegendItem['kind'] {
  if (key === 'not_coded' || key === 'no_document') return key;
  return key === getDimension(dimension).noFindingValue ? 'no_finding' : 'value';
}

function legendLabel(dimension: DimensionKey, key: string): string {
  if (key === 'not_coded' || key === 'no_document') return OUTCOME_KIND_LABELS[key];
  if (key === FREE_TEXT_KEY) return 'Stated (free text)';
  return getDimension(dimension).values.find((v) => v.value === key)?.label ?? key;
}

export function buildMapModel(dimension: DimensionKey, states: readonly MapState[], geometry: MapGeometry): MapModel {
  const numericOf = new Map(states.map((s) => [s.slug, s.iso3 ? isoNumericOf(s.iso3) : null]));
  const byNumeric = new Map<string, MapState>();
  for (const s of states) {
    const n = numericOf.get(s.slug);
    if (n) byNumeric.set(n, s);
  }
  const shapeById = new Map(geometry.shapes.flatMap((s) => (s.id ? [[s.id, s] as const] : [])));

  const entries: MapEntry[] = [...states]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => {
      const n = numericOf.get(s.slug) ?? null;
      const shape = n ? shapeById.get(n) : undefined;
      const placement: Placement = shape ? (shape.area < SMALL_AREA_PX ? 'marker' : 'outline') : n && geometry.points.has(n) ? 'marker' : 'list';
      const key = keyOf(s.outcome);
      return {
        slug: s.slug,
        name: s.name,
        href: actorHref(s.slug),
        key,
        style: mapStyle(dimension, key),
        label: outcomeLabel(dimension, s.outcome),
        confidence: confidenceOf(s.outcome),
        accessibleName: accessibleName(s.name, dimension, s.outcome),
        outcome: s.outcome,
        placement,
      };
    });
  const entryBySlug = new Map(entries.map((e) => [e.slug, e]));

  const territories: MapOutline[] = [];
  const outlines: MapOutline[] = [];
  const markers: MapMarker[] = [];
  for (const shape of geometry.shapes) {
    const state = shape.id ? byNumeric.get(shape.id) : undefined;
    const entry = state ? entryBySlug.get(state.slug)! : null;
    if (entry) outlines.push({ ref: shape.ref, entry, name: entry.name });
    else territories.push({ ref: shape.ref, entry: null, name: shape.name });
    // A tiny outline stays drawn (it is the true shape) and also gets a marker that can be seen and clicked.
    if (entry && entry.placement === 'marker') markers.push({ x: shape.centroid[0], y: shape.centroid[1], entry });
  }
  const withMarker = new Set(markers.map((m) => m.entry.slug));
  for (const e of entries) {
    const p = e.placement === 'marker' && !withMarker.has(e.slug) ? geometry.points.get(numericOf.get(e.slug) ?? '') : undefined;
    if (p) markers.push({ x: p.x, y: p.y, entry: e });
  }
  outlines.sort((a, b) => a.name.localeCompare(b.name));
  markers.sort((a, b) => a.entry.name.localeCompare(b.entry.name));

  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.key, (counts.get(e.key) ?? 0) + 1);
  const legend: LegendItem[] = mapKeys(dimension).map((key) => ({
    key,
    label: legendLabel(dimension, key),
    style: mapStyle(dimension, key),
    count: counts.get(key) ?? 0,
    kind: legendKind(dimension, key),
  }));
  legend.push({
    key: NOT_A_STATE_KEY,
    label: 'Not a State in this dataset',
    style: mapStyle(dimension, NOT_A_STATE_KEY),
    count: territories.length,
    kind: 'not_a_state',
  });

  return {
    width: geometry.width,
    height: geometry.height,
    dimension,
    territories,
    outlines,
    markers,
    entries,
    listedOnly: entries.filter((e) => e.placement === 'list'),
    legend,
    lowConfidence: outlines.filter((o) => o.entry?.confidence === 'low'),
  };
}
