/**
 * The world outline asset (lib/map/world-svg.ts): the committed file is what the code gives, every shape a page can
 * reference is in it, the compact path data says exactly what d3 draws (to a tenth of a pixel), and the patterns it
 * carries are the page's.
 */
import { readFileSync } from 'node:fs';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '@/lib/domain/codebook';
import { mapFill, patternDefsMarkup } from '@/lib/map/map-patterns';
import { mapKeys, mapStyle, PATTERN_STYLES } from '@/lib/map/map-styles';
import { WORLD_SVG_FILE, WORLD_SVG_HREF, worldShapeHref } from '@/lib/map/world-asset';
import { MAP_WIDTH, worldGeometry } from '@/lib/map/world-geometry';
import { worldSvg } from '@/lib/map/world-svg';
import { worldAssetFile } from '@/scripts/map-asset';

const geometry = worldGeometry();
const svg = worldSvg(geometry);

describe('the committed asset', () => {
  it('is what the code gives, under the name its content hashes to (regenerate: npx tsx scripts/generate-map-asset.ts)', () => {
    expect(WORLD_SVG_FILE).toBe(worldAssetFile(svg));
    expect(readFileSync(`public/assets/${WORLD_SVG_FILE}`, 'utf8')).toBe(svg);
    expect(WORLD_SVG_HREF).toBe(`/assets/${WORLD_SVG_FILE}`);
    expect(worldShapeHref('c208')).toBe(`/assets/${WORLD_SVG_FILE}#c208`);
  });

  it('holds every shape once, by the id pages use, with no paint of its own (the <use> gives it)', () => {
    const paths = [...svg.matchAll(/<path id="([^"]+)" d="[^"]+"\/>/g)].map((m) => m[1]);
    expect(paths).toEqual(geometry.shapes.map((s) => s.ref));
    expect(new Set(paths).size).toBe(paths.length);
    expect(geometry.shapes.find((s) => s.id === '208')!.ref).toBe('c208');
    // The only elements with an id besides the shapes are the patterns.
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id) => !paths.includes(id)).every((id) => id!.startsWith('map-'))).toBe(true);
  });

  it('carries the same pattern definitions as the page', () => {
    expect(svg).toContain(`<defs>${patternDefsMarkup()}</defs>`);
  });
});

/** Reads compact path data back: rings of absolute points, in tenths of a pixel. */
function decode(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const numbers = [...args!.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Math.round(Number(m[0]) * 10));
    if (command === 'M') rings.push([[numbers[0]!, numbers[1]!]]);
    if (command === 'l') {
      const ring = rings.at(-1)!;
      for (let i = 0; i < numbers.length; i += 2) {
        const [x, y] = ring.at(-1)!;
        ring.push([x + numbers[i]!, y + numbers[i + 1]!]);
      }
    }
  }
  return rings;
}

describe('compact path data', () => {
  it("is d3's outline of each country, point for point, to a tenth of a pixel", () => {
    const shapes = geometry.shapes;
    expect(shapes.length).toBeGreaterThan(150);
    let rings: [number, number][][] = [];
    const context = {
      beginPath() {},
      moveTo: (x: number, y: number) => rings.push([[Math.round(x * 10), Math.round(y * 10)]]),
      lineTo: (x: number, y: number) => {
        const ring = rings.at(-1)!;
        const p: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
        const last = ring.at(-1)!;
        if (p[0] !== last[0] || p[1] !== last[1]) ring.push(p);
      },
      closePath() {},
      arc() {},
    };
    const { features, projection } = projected();
    const draw = geoPath(projection, context);
    features.forEach((f, i) => {
      rings = [];
      draw(f);
      expect(decode(shapes[i]!.d), shapes[i]!.name).toEqual(rings);
    });
  });
});

/** The same projection as lib/map/world-geometry.ts, read again from the atlas: a second, independent reading. */
function projected() {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  const features = feature(topology, topology.objects.countries).features.filter((f) => f.id !== '010');
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: 'FeatureCollection', features });
  return { features, projection };
}

describe('patterns', () => {
  it('draw every outcome of every dimension in the colour its pattern is defined with', () => {
    const byPattern = new Map(PATTERN_STYLES.map((s) => [s.pattern, s.color]));
    for (const d of DIMENSIONS) {
      for (const key of mapKeys(d.key)) {
        const style = mapStyle(d.key, key);
        expect(byPattern.get(style.pattern), `${d.key}:${key}`).toBe(style.color);
        // A pattern fill names its colour as the fallback paint.
        if (style.pattern !== 'solid' && style.pattern !== 'plain') expect(mapFill(style)).toBe(`url(#map-${style.pattern}) ${style.color}`);
      }
    }
  });
});
