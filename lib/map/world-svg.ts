/**
 * The world outline as one static SVG document: every shape a <path id="c208" d="…"> with no paint of its own, so a
 * page draws a State with `<use href="/assets/world-<hash>.svg#c208" fill="…">` and the fill it gives inherits into
 * the copy. The browser fetches the file once and keeps it (its name changes with its content: immutable), so a map
 * page carries only each State's link, name and fill — not some 100 kB of coordinates twice (HTML and Flight data).
 *
 * Written to public/assets/ by `npx tsx scripts/generate-map-asset.ts`; tests/lib/world-asset.test.ts
 * fails when the committed file is not what this gives.
 */
import { patternDefsMarkup } from './map-patterns';
import type { MapGeometry } from './world-geometry';

/**
 * The shapes sit in a <g> that paints them grey with white borders, so the file also reads as a map when opened on its
 * own; a <use> copies only the <path>, which inherits from the <use> instead.
 */
export function worldSvg(geometry: MapGeometry): string {
  const paths = geometry.shapes.map((s) => `<path id="${s.ref}" d="${s.d}"/>`).join('\n');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${geometry.width} ${geometry.height}">\n` +
    `<defs>${patternDefsMarkup()}</defs>\n` +
    `<g fill="#e5e7eb" stroke="#ffffff" stroke-width="0.5">\n${paths}\n</g>\n</svg>\n`
  );
}
