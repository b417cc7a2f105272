import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries/index';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '@/lib/domain/as-of';
import { DIMENSIONS } from '@/lib/domain/codebook';
import { isoNumericOf } from '@/lib/map/iso-numeric';
import { accessibleName, buildMapModel, type MapState } from '@/lib/map/map-model';
import { mapKeys, mapStyle } from '@/lib/map/map-styles';
import { pointsMissingFrom } from '@/lib/map/point-table';
import { SMALL_STATE_POINTS } from '@/lib/map/small-state-points';
import { SMALL_AREA_PX, worldGeometry } from '@/lib/map/world-geometry';

const require = createRequire(import.meta.url);
const atlas = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));

const geometry = worldGeometry();
const noDocument: Outcome = { kind: 'no_document' };

function value(v: string, confidence: 'high' | 'medium' | 'low'): Outcome {
  const document = { id: 1, slug: 'd', date: '2021' };
  return {
    kind: 'value',
    value: v,
    coding: { id: 1, documentId: 1, dimension: 'applicability', value: v, freeText: null, confidence },
    document,
    laterNoFinding: [],
    laterNotCoded: [],
  };
}

/** Every country code ISO 3166 knows, as if each were a tracked State: a superset of the 193 UN member States. */
const everyCode: MapState[] = Object.keys(countries.getAlpha3Codes()).map((iso3) => ({
  slug: iso3.toLowerCase(),
  name: `State ${iso3}`,
  iso3,
  outcome: noDocument,
}));

describe('the marker table', () => {
  it('is what the world-atlas files give (regenerate with scripts/generate-map-points.ts)', () => {
    const fresh = pointsMissingFrom(atlas('countries-110m.json'), [
      { source: '50m', topology: atlas('countries-50m.json') },
      { source: '10m', topology: atlas('countries-10m.json') },
    ]);
    expect(SMALL_STATE_POINTS).toEqual(fresh);
  });
});

describe('buildMapModel', () => {
  const model = buildMapModel('applicability', everyCode, geometry);
  const shapeIds = new Set(geometry.shapes.map((s) => s.id));

  it('gives every State exactly one table row, in name order', () => {
    expect(model.entries).toHaveLength(everyCode.length);
    expect(new Set(model.entries.map((e) => e.slug)).size).toBe(everyCode.length);
    const names = model.entries.map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('draws every State whose numeric code is in the 1:110m file, and marks the rest that the finer files have', () => {
    for (const e of model.entries) {
      const n = isoNumericOf(e.slug.toUpperCase())!;
      const shape = geometry.shapes.find((s) => s.id === n);
      const expected = shape ? (shape.area < SMALL_AREA_PX ? 'marker' : 'outline') : geometry.points.has(n) ? 'marker' : 'list';
      expect(e.placement, e.slug).toBe(expected);
    }
    // Each outline and each marker belongs to one State; every State placed as a marker has exactly one.
    expect(new Set(model.outlines.map((o) => o.entry!.slug)).size).toBe(model.outlines.length);
    expect(model.outlines).toHaveLength(model.entries.filter((e) => shapeIds.has(isoNumericOf(e.slug.toUpperCase())!)).length);
    expect(model.markers.map((m) => m.entry.slug).sort()).toEqual(
      model.entries
        .filter((e) => e.placement === 'marker')
        .map((e) => e.slug)
        .sort(),
    );
    expect(model.listedOnly.map((e) => e.placement)).toEqual(model.listedOnly.map(() => 'list'));
  });

  it('puts the small UN member States missing from 1:110m on the map as markers', () => {
    for (const iso3 of ['MLT', 'SGP', 'AND', 'MCO', 'LIE', 'SMR', 'BHR', 'MDV', 'TUV', 'NRU', 'KIR', 'VCT']) {
      expect(shapeIds.has(isoNumericOf(iso3)), iso3).toBe(false);
      expect(model.entries.find((e) => e.slug === iso3.toLowerCase())!.placement, iso3).toBe('marker');
    }
  });

  it('leaves only places that are not in the State list as grey, unlinked outlines', () => {
    const linked = buildMapModel(
      'applicability',
      everyCode.filter((s) => s.iso3 !== 'GRL'),
      geometry,
    );
    expect(linked.territories.map((t) => t.name)).toContain('Greenland');
    expect(linked.outlines.some((o) => o.name === 'State GRL')).toBe(false);
    expect(linked.legend.find((l) => l.kind === 'not_a_state')!.count).toBe(linked.territories.length);
  });

  it('counts each legend entry from the States that hold it', () => {
    const states: MapState[] = [
      { slug: 'denmark', name: 'Denmark', iso3: 'DNK', outcome: value('binding_obligation', 'high') },
      { slug: 'chile', name: 'Chile', iso3: 'CHL', outcome: value('binding_obligation', 'low') },
      { slug: 'malta', name: 'Malta', iso3: 'MLT', outcome: noDocument },
    ];
    const m = buildMapModel('applicability', states, geometry);
    expect(m.legend.find((l) => l.key === 'binding_obligation')!.count).toBe(2);
    expect(m.legend.find((l) => l.key === 'no_document')!.count).toBe(1);
    expect(m.lowConfidence.map((o) => o.entry!.slug)).toEqual(['chile']);
    expect(m.entries.find((e) => e.slug === 'denmark')!.accessibleName).toBe('Denmark: Binding obligation (high confidence)');
  });
});

describe('map styles', () => {
  it('tells every outcome of every dimension apart by pattern, not colour alone', () => {
    for (const d of DIMENSIONS) {
      const patterns = mapKeys(d.key).map((k) => mapStyle(d.key, k).pattern);
      expect(new Set(patterns).size, d.key).toBe(patterns.length);
    }
  });

  it('names the kinds of no value in their own words', () => {
    expect(accessibleName('Malta', 'applicability', noDocument)).toBe('Malta: No document tracked');
    expect(accessibleName('Peru', 'knowledge', { kind: 'not_coded', latest: { id: 1, slug: 'p', date: '2020' } })).toBe('Peru: Not yet coded');
  });
});
