/**
 * Regenerates lib/map/small-state-points.json from world-atlas (run after upgrading world-atlas):
 *   npx tsx scripts/generate-map-points.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pointsMissingFrom } from '@/lib/map/point-table';

const require = createRequire(import.meta.url);
const load = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));

const points = pointsMissingFrom(load('countries-110m.json'), [
  { source: '50m', topology: load('countries-50m.json') },
  { source: '10m', topology: load('countries-10m.json') },
]);
writeFileSync('lib/map/small-state-points.json', `${JSON.stringify(points, null, 1)}\n`);
console.log(`Wrote ${points.length} points to lib/map/small-state-points.json`);
