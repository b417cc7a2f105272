import { beforeAll, describe, expect, it } from 'vitest';
import { getCompareView, getCompareVocabulary, scopeOf } from '@/db/queries/compare';
import { getCellEvidence } from '@/db/queries/evidence';
import { getDimensionView } from '@/db/queries/dimension-view';
import { getStateCoverage } from '@/db/queries/coverage';
import { listStateOutcomes } from '@/db/queries/map';
import { countOf, countStates } from '@/lib/domain/state-counts';
import { parseDimensionParams } from '@/lib/url/dimension-params';
import { parseCompareParams, type CompareParams } from '@/lib/url/compare-params';
import { parsePartialDate } from '@/lib/domain/dates';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../helpers/db';

const seed = readSeedDir(DEFAULT_SEED_DIR);
beforeAll(() => seedTestDb(seed));

async function view(sp: Record<string, string>) {
  const { params } = parseCompareParams(sp, await getCompareVocabulary(), '2026-11-22');
  return { params, ...(await getCompareView(params)) };
}
const docsOf = (slug: string) => seed.actors.find((a) => a.slug === slug)!.documents;
const effective = (date: string) => parsePartialDate(date)!.effective;

describe('getCompareView', () => {
  it('shows the four requested actors and only documents in effect on the as-of date', async () => {
    const four = ['denmark', 'china', 'european-union', 'united-states'];
    const { rows } = await view({ actors: four.join(','), asOf: '2021-12-31' });
    expect(rows.map((r) => r.actor.slug).sort()).toEqual([...four].sort());
    for (const r of rows) {
      for (const c of r.cells) {
        if (c.outcome.kind === 'value' || c.outcome.kind === 'silent') expect(effective(c.outcome.document.date) <= '2021-12-31').toBe(true);
      }
    }
  });

  it('changes exactly the cells of actors whose later documents are coded differently', async () => {
    const four = 'denmark,china,european-union,united-states';
    const then = await view({ actors: four, asOf: '2021-12-31', dims: 'applicability' });
    const now = await view({ actors: four, asOf: '2026-11-22', dims: 'applicability' });
    const changed = now.rows.filter((r) => {
      const before = then.rows.find((t) => t.actor.slug === r.actor.slug)!.cells[0]!;
      return JSON.stringify(before.outcome) !== JSON.stringify(r.cells[0]!.outcome);
    });
    const withLaterDocs = four.split(',').filter((s) => docsOf(s).some((d) => effective(d.date) > '2021-12-31'));
    expect(changed.length).toBeGreaterThan(0);
    for (const r of changed) expect(withLaterDocs).toContain(r.actor.slug);
  });

  it('shows the States with documents by default, says how many have none, and lists all 193 when asked', async () => {
    // Dataset 1.1 holds every UN member State; the default view stays what it was: States with a tracked document.
    const authored = new Set(seed.actors.flatMap((a) => a.documents).flatMap((d) => d.authors));
    const states = seed.actors.filter((a) => a.kind === 'state');
    expect(states).toHaveLength(193);
    for (const sp of [{}, { kind: 'state' }] as Record<string, string>[]) {
      const { rows, params, undocumented } = await view(sp);
      expect(rows.map((r) => r.actor.slug).sort()).toEqual(
        states
          .filter((a) => authored.has(a.slug))
          .map((a) => a.slug)
          .sort(),
      );
      expect(undocumented).toBe(states.filter((a) => !authored.has(a.slug)).length);
      expect(rows[0]!.cells).toHaveLength(params.dims.length);
    }
    const all = await view({ kind: 'state', undocumented: 'show' });
    expect(all.rows.map((r) => r.actor.slug).sort()).toEqual(states.map((a) => a.slug).sort());
    expect(all.undocumented).toBe(0);
    expect(all.rows.find((r) => r.actor.slug === 'tuvalu')?.cells[0]?.outcome.kind).toBe('no_document');
  });

  it('says, under a value filter, how many States are not yet coded or have no document on that dimension', async () => {
    const { rows, filterGap } = await view({ kind: 'state', value: 'knowledge:actual_or_constructive', dims: 'knowledge' });
    const all = await view({ kind: 'state', undocumented: 'show', dims: 'knowledge' });
    const kinds = all.rows.map((r) => r.cells[0]!.outcome.kind);
    expect(filterGap).toEqual({
      dimension: 'knowledge',
      notCoded: kinds.filter((k) => k === 'not_coded').length,
      noDocument: kinds.filter((k) => k === 'no_document').length,
    });
    expect(filterGap!.notCoded).toBeGreaterThan(rows.length);
  });

  it('counts a value filter with the function / and /dimensions/* count with, and lists exactly the States it counts', async () => {
    const asOf = '2026-11-22';
    const home = countStates(
      'applicability',
      asOf,
      (await listStateOutcomes('applicability', asOf)).map((s) => ({ ...s, kind: 'state' as const })),
    );
    const dimension = await getDimensionView('applicability', parseDimensionParams({}, { regions: [], groups: [] }, asOf).params);
    for (const key of ['binding_obligation', 'voluntary_norm', 'silent']) {
      const { rows, valueCount } = await view({ value: `applicability:${key}` });
      const expected = countOf(home, key);
      expect(expected.count).toBeGreaterThan(0);
      expect(valueCount).toEqual({ dimension: 'applicability', key, states: expected, otherActors: 0 });
      expect(countOf(dimension.states, key)).toEqual(expected);
      expect(rows.map((r) => r.actor.slug)).toEqual(expected.names.map((n) => n.slug));
    }
    // The coverage under each column is read off the same count.
    const coverage = (await getStateCoverage(asOf, ['applicability'])).applicability!;
    expect(coverage.notCoded).toBe(countOf(home, 'not_coded').count);
    expect(coverage.noDocument).toBe(countOf(home, 'no_document').count);
    expect(coverage.coded + coverage.notCoded + coverage.noDocument).toBe(home.total);
  });

  it('lists the States with no document tracked when the filter asks for them, and names organisations apart from the count', async () => {
    const none = await view({ value: 'applicability:no_document' });
    expect(none.valueCount!.states.count).toBeGreaterThan(100);
    expect(none.rows).toHaveLength(none.valueCount!.states.count);
    const orgs = await view({ kind: 'regional_org', value: 'applicability:binding_obligation' });
    expect(orgs.rows.map((r) => r.actor.slug)).toEqual(['african-union']);
    expect(orgs.valueCount).toMatchObject({ states: { count: 0 }, otherActors: 1 });
  });

  it('puts the bloc first, then its members as of the date', async () => {
    const membersOn = (date: string) =>
      seed.actors
        .filter((a) => a.memberships.some((m) => m.group === 'european-union' && m.from <= date && (m.to === null || m.to >= date)))
        .map((a) => a.slug)
        .sort();
    for (const asOf of ['2003-01-01', '2021-12-31']) {
      const { rows } = await view({ group: 'european-union', asOf });
      expect(rows[0]).toMatchObject({ isBloc: true, actor: { slug: 'european-union' } });
      expect(
        rows
          .slice(1)
          .map((r) => r.actor.slug)
          .sort(),
      ).toEqual(membersOn(asOf));
    }
  });

  it('filters by value, kind and region', async () => {
    const { rows } = await view({ value: 'applicability:binding_obligation' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.cells[0]!.outcome.kind === 'value' && r.cells[0]!.outcome.value === 'binding_obligation')).toBe(true);
    const orgs = await view({ kind: 'regional_org' });
    expect(orgs.rows.every((r) => r.actor.kind === 'regional_org')).toBe(true);
    const asia = await view({ region: 'Asia' });
    expect(asia.rows.map((r) => r.actor.slug).sort()).toEqual(
      seed.actors
        .filter((a) => a.region === 'Asia')
        .map((a) => a.slug)
        .sort(),
    );
  });

  it('marks cells below the minimum confidence without dropping rows', async () => {
    const all = await view({ dims: 'applicability' });
    const high = await view({ dims: 'applicability', minConfidence: 'high' });
    expect(high.rows).toHaveLength(all.rows.length);
    const masked = high.rows.filter((r) => r.cells[0]!.belowMinConfidence);
    expect(masked.length).toBeGreaterThan(0);
    for (const r of masked) expect(r.cells[0]!.evidence?.confidence).not.toBe('high');
  });

  it('sorts by a dimension in codebook order, the three kinds of no value last, and reverses', async () => {
    const asc = (await view({ sort: 'applicability', dims: 'applicability' })).rows;
    const kinds = asc.map((r) => r.cells[0]!.outcome.kind);
    expect(kinds.indexOf('value')).toBe(0);
    expect(kinds.lastIndexOf('value')).toBeLessThan(kinds.indexOf('not_coded') === -1 ? Infinity : kinds.indexOf('not_coded'));
    const desc = (await view({ sort: '-applicability', dims: 'applicability' })).rows;
    expect(desc[0]!.cells[0]!.outcome.kind).toBe(asc[asc.length - 1]!.cells[0]!.outcome.kind);
    const byName = (await view({ sort: '-name' })).rows.map((r) => r.actor.name);
    expect(byName).toEqual([...byName].sort((a, b) => b.localeCompare(a)));
  });

  it('uses the default scope only when nothing is chosen', () => {
    const base: Pick<CompareParams, 'actors' | 'kind' | 'region' | 'group'> = { actors: [], kind: null, region: null, group: null };
    expect(scopeOf(base).kinds).toEqual(['state']);
    expect(scopeOf({ ...base, group: 'european-union' }).kinds).toBeNull();
  });
});

describe('getCellEvidence', () => {
  it('gives the same evidence as the matrix cell it stands for', async () => {
    const { rows } = await view({ actors: 'denmark', asOf: '2021-12-31', dims: 'applicability' });
    const cell = rows[0]!.cells[0]!;
    const deep = await getCellEvidence('denmark', 'applicability', '2021-12-31');
    expect(deep!.evidence).toEqual(cell.evidence);
    expect(deep!.evidence!.quotes[0]!.quote).toBe(docsOf('denmark').find((d) => d.id === deep!.evidence!.document.slug)!.quote);
  });
});

describe('getCompareView: evidence strength and coded columns', () => {
  it('evidence=own-words withholds exactly the values whose quotes hold none of the actor’s due-diligence words', async () => {
    const { rows } = await view({ asOf: '2026-11-22', dims: 'applicability', evidence: 'own-words' });
    const coded = rows.flatMap((r) => r.cells).filter((c) => c.evidence !== null);
    expect(coded.some((c) => c.notOwnWords)).toBe(true);
    expect(coded.some((c) => !c.notOwnWords)).toBe(true);
    for (const c of coded) expect(c.notOwnWords).toBe(!c.evidence!.quotes.some((q) => q.role === 'due_diligence'));
    const plain = await view({ asOf: '2026-11-22', dims: 'applicability' });
    expect(plain.rows.flatMap((r) => r.cells).every((c) => !c.notOwnWords)).toBe(true);
  });

  it('columns=coded keeps the dimensions coded for some row of the view and names the others', async () => {
    // China's documents, counted from the seed: which dimensions any of them codes by the date.
    const codedInSeed = new Set(
      seed.actors
        .flatMap((a) => a.documents)
        .filter((d) => (d.authors?.length ? d.authors : []).includes('china') || docsOf('china').includes(d))
        .filter((d) => effective(d.date) <= '2026-11-22')
        .flatMap((d) => Object.keys(d.codings).filter((k) => (d.codings as Record<string, unknown>)[k] != null)),
    );
    const { dims, uncodedDims, rows } = await view({ actors: 'china', asOf: '2026-11-22', columns: 'coded' });
    expect(new Set(dims)).toEqual(new Set([...codedInSeed].filter((k) => !k.endsWith('_text'))));
    expect(uncodedDims.length).toBeGreaterThan(0);
    expect(rows[0]!.cells.map((c) => c.dimension)).toEqual(dims);
  });
});
