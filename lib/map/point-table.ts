/**
 * Builds the marker table from the world-atlas files (pure: the caller passes the parsed TopoJSON). Shared by the
 * generator script and the test that checks the committed table is what the files give.
 */
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapPoint } from './small-state-points';

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Every country with an id that `coarse` lacks, placed at its centroid in the first finer file that has it. */
export function pointsMissingFrom(coarse: Countries, finer: readonly { source: MapPoint['source']; topology: Countries }[]): MapPoint[] {
  const have = new Set(coarse.objects.countries.geometries.map((g) => g.id).filter((id) => id !== undefined));
  const out = new Map<string, MapPoint>();
  for (const { source, topology } of finer) {
    const fc = feature(topology, topology.objects.countries);
    for (const f of fc.features) {
      const id = f.id === undefined ? undefined : String(f.id);
      if (id === undefined || have.has(id) || out.has(id)) continue;
      const [lon, lat] = geoCentroid(f);
      out.set(id, { id, name: f.properties?.name ?? id, lon: round(lon), lat: round(lat), source });
    }
  }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}
