/**
 * The world map's geometry, projected once per process: Natural Earth 1:110m country outlines from world-atlas,
 * Equal Earth projection (d3-geo), compact SVG path strings (lib/map/compact-path.ts). Pure and deterministic; no
 * tiles, no network. The outlines are not sent with the pages: they go into one static asset (lib/map/world-svg.ts,
 * `npx tsx scripts/generate-map-asset.ts`) that pages reference by id (`ref`).
 *
 * Why 1:110m: the whole outline (177 shapes) stays near 60 kB of SVG; the 28 UN member States it leaves out (Malta, Singapore, the small island States…) get a marker from the finer files'
 * centroids (small-state-points.ts), and so do drawn States too small to see or click at this scale.
 * Why Equal Earth: it is equal-area, so a choropleth does not inflate high latitudes (Russia, Canada, Greenland)
 * against Africa or South-East Asia, and its rounded outline reads as a world map at any width.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { CompactPath } from './compact-path';
import { SMALL_STATE_POINTS } from './small-state-points';

export const MAP_WIDTH = 960;
/** Antarctica (ISO 010) holds no State and would take a fifth of the height. */
const LEFT_OUT = new Set(['010']);
/** Outlines smaller than this many square pixels (at MAP_WIDTH) also get a marker so they can be seen and clicked. */
export const SMALL_AREA_PX = 12;

export type MapShape = {
  /** ISO 3166-1 numeric, zero-padded ("208"); null for the few Natural Earth units without one (Kosovo, N. Cyprus, Somaliland). */
  id: string | null;
  name: string;
  /** The shape's id in the world outline asset: `c` + numeric code, or `x` + its index when it has no code. */
  ref: string;
  /** SVG path data (for the asset). */
  d: string;
  /** Projected area in square pixels and centre, to decide and place a marker for tiny outlines. */
  area: number;
  centroid: [number, number];
};

export type MapGeometry = {
  width: number;
  height: number;
  shapes: MapShape[];
  /** Projected marker positions for countries with no 1:110m outline, by numeric id. */
  points: Map<string, { x: number; y: number; name: string }>;
};

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

let cache: MapGeometry | null = null;

const round1 = (n: number) => Math.round(n * 10) / 10;

export function worldGeometry(): MapGeometry {
  if (cache) return cache;
  const topology = atlas as unknown as Countries;
  const all = feature(topology, topology.objects.countries);
  const features = all.features.filter((f) => f.id === undefined || !LEFT_OUT.has(String(f.id)));
  const collection = { type: 'FeatureCollection' as const, features };
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, collection);
  const path = geoPath(projection);
  const compact = new CompactPath();
  const draw = geoPath(projection, compact);
  const height = Math.ceil(path.bounds(collection)[1][1]);
  const shapes: MapShape[] = features.map((f, i) => {
    const [cx, cy] = path.centroid(f);
    draw(f);
    const id = f.id === undefined ? null : String(f.id);
    return {
      id,
      ref: id === null ? `x${i}` : `c${id}`,
      name: f.properties?.name ?? '',
      d: compact.result(),
      area: path.area(f),
      centroid: [round1(cx), round1(cy)],
    };
  });
  const points = new Map<string, { x: number; y: number; name: string }>();
  for (const p of SMALL_STATE_POINTS) {
    const xy = projection([p.lon, p.lat]);
    if (xy) points.set(p.id, { x: round1(xy[0]), y: round1(xy[1]), name: p.name });
  }
  cache = { width: MAP_WIDTH, height, shapes, points };
  return cache;
}
