/**
 * Where pages find the world outline (lib/map/world-svg.ts): a file under public/assets/ whose name carries a hash of
 * its content, so it can be cached for a year and never goes stale. Written with the JSON below by
 * `npx tsx scripts/generate-map-asset.ts`.
 */
import asset from './world-asset.json';

export const WORLD_SVG_FILE: string = asset.file;
export const WORLD_SVG_HREF = `/assets/${asset.file}`;

/** `<use href>` of one shape of the outline. */
export const worldShapeHref = (ref: string) => `${WORLD_SVG_HREF}#${ref}`;
