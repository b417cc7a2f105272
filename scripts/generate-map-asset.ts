/**
 * Writes the world outline asset (lib/map/world-svg.ts) to public/assets/world-<hash>.svg and its name to
 * lib/map/world-asset.json, removing the previous file. Run after changing the geometry, the patterns or world-atlas:
 *   npx tsx scripts/generate-map-asset.ts
 * tests/lib/world-asset.test.ts fails until it has been run.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { worldAssetFile } from './map-asset';
import { worldGeometry } from '@/lib/map/world-geometry';
import { worldSvg } from '@/lib/map/world-svg';

const dir = 'public/assets';
const svg = worldSvg(worldGeometry());
const file = worldAssetFile(svg);
mkdirSync(dir, { recursive: true });
for (const old of readdirSync(dir)) if (/^world-[0-9a-f]+\.svg$/.test(old) && old !== file) rmSync(join(dir, old));
writeFileSync(join(dir, file), svg);
writeFileSync('lib/map/world-asset.json', `${JSON.stringify({ file }, null, 2)}\n`);
console.log(`Wrote ${join(dir, file)} (${(svg.length / 1024).toFixed(1)} KB)`);
