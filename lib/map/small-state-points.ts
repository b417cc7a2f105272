/**
 * Where to put a marker for a country that has no outline in world-atlas's 1:110m file (Malta, Singapore, the small
 * island States…): its centroid in the finer 1:50m file, or in the 1:10m file when 1:50m lacks it too (Tuvalu).
 * Computed from world-atlas by `scripts/generate-map-points.ts` into small-state-points.json, so the 4 MB of finer
 * files never ship with the app; tests/lib/map-geometry.test.ts recomputes the table and fails if it drifts.
 */
import table from './small-state-points.json';

export type MapPoint = { id: string; name: string; lon: number; lat: number; source: '50m' | '10m' };

export const SMALL_STATE_POINTS: readonly MapPoint[] = table as MapPoint[];
