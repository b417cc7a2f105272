import { beforeAll, describe, expect, it } from 'vitest';
import { getBriefingInput, getBriefingVocabulary } from '@/db/queries/briefing';
import { buildBriefing, type BriefingPack } from '@/lib/briefing/model';
import { parseBriefingParams } from '@/lib/url/briefing-params';
import type { SearchParams } from '@/lib/url/search-params';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../helpers/db';
import { expectSameFootnotesEverywhere } from './briefing-helpers';

const seed = readSeedDir(DEFAULT_SEED_DIR);
const TODAY = '2026-11-22';
let pack: BriefingPack;

async function packFor(sp: SearchParams) {
  const { params } = parseBriefingParams(sp, await getBriefingVocabulary(), TODAY);
  return buildBriefing(await getBriefingInput(params, TODAY));
}

beforeAll(async () => {
  seedTestDb(seed);
  pack = await packFor({ actors: 'denmark,china,european-union,united-states', title: 'Cyber due diligence — four positions' });
});

const statements = (p: BriefingPack) => p.sections.flatMap((s) => s.statements);

describe('the briefing pack for Denmark, China, the EU and the United States on the real data', () => {
  it('has a matrix row and a paragraph per actor in the order chosen, and a footnote on every statement that rests on a document', () => {
    expect(pack.sections.map((s) => s.slug)).toEqual(['denmark', 'china', 'european-union', 'united-states']);
    expect(pack.matrix.map((r) => r.slug)).toEqual(pack.sections.map((s) => s.slug));
    expect(statements(pack).filter((s) => s.footnote === null)).toEqual([]);
  });

  it('cites the official URL (or archived copy) of every document that has one', () => {
    const docs = new Map(seed.actors.flatMap((a) => a.documents).map((d) => [d.title, d]));
    const cited = pack.footnotes.flatMap((f) => f.citations);
    for (const c of cited) expect(c.url).toBe(docs.get(c.title)!.url ?? docs.get(c.title)!.archive_url);
    expect(cited.filter((c) => c.url).length).toBeGreaterThan(0);
  });

  it("says that an actor's latest document is silent instead of hiding it, and cites it", async () => {
    // An actor with a silent document (day-dated) after one that took a view, seen as of that document's day.
    const docsOf = (slug: string) =>
      seed.actors
        .flatMap((a) => a.documents)
        .filter((d) => d.authors.includes(slug) && d.codings.applicability)
        .sort((x, y) => x.date.localeCompare(y.date));
    const found = seed.actors
      .map((a) => ({ slug: a.slug, docs: docsOf(a.slug) }))
      .flatMap(({ slug, docs }) => docs.map((d, i) => ({ slug, d, before: docs[i - 1], after: docs[i + 1] })))
      .find(
        ({ d, before, after }) =>
          d.codings.applicability === 'silent' &&
          d.date.length === 10 &&
          before !== undefined &&
          before.codings.applicability !== 'silent' &&
          before.date.slice(0, 4) !== d.date.slice(0, 4) &&
          (after === undefined || after.date > d.date),
      )!;
    expect(found).toBeDefined();
    const own = await packFor({ actors: found.slug, asOf: found.d.date });
    const position = own.sections.find((s) => s.slug === found.slug)!.statements.find((s) => s.kind === 'position')!;
    expect(position.text).toContain(`${found.d.date.slice(0, 4)} document says nothing on this`);
    expect(own.footnotes[position.footnote! - 1]!.citations.map((c) => c.title)).toContain(found.d.title);
  });

  it('flags low-confidence statements and says when a position changed, citing both documents', () => {
    // A value's confidence is its dimension's (coding_confidence) or else the record's.
    const byTitle = new Map(seed.actors.flatMap((a) => a.documents).map((d) => [d.title, d]));
    const confidenceOf = (title: string, dimension: string) => {
      const d = byTitle.get(title)!;
      return (d.coding_confidence as Record<string, string | undefined>)[dimension] ?? d.confidence;
    };
    for (const s of statements(pack).filter((x) => x.kind === 'position')) {
      const own = pack.footnotes[s.footnote! - 1]!.citations[0]!;
      expect(s.lowConfidence, s.text).toBe(confidenceOf(own.title, s.dimension!) === 'low');
    }
    const changes = statements(pack).filter((s) => s.kind === 'change');
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) {
      expect(c.text).toMatch(/moved from “.+” \(\d{4}\) to “.+” \(\d{4}\)\.$/);
      expect(pack.footnotes[c.footnote! - 1]!.citations).toHaveLength(2);
    }
  });

  it('has the same footnotes in Word (real footnotes with links, and a table) and in Markdown', async () => {
    await expectSameFootnotesEverywhere(pack);
  });
});

describe('a group in the pack', () => {
  it('puts the bloc first, then its members on the as-of date', async () => {
    const members = (asOf: string) =>
      seed.actors
        .filter((a) => a.memberships.some((m) => m.group === 'european-union' && m.from <= asOf && (m.to === null || m.to >= asOf)))
        .map((a) => a.name)
        .sort((x, y) => x.localeCompare(y));
    for (const asOf of ['2019-12-31', '2020-06-01']) {
      const p = await packFor({ group: 'european-union', asOf, dims: 'applicability' });
      expect(p.matrix.map((r) => [r.name, r.isBloc])).toEqual([['European Union', true], ...members(asOf).map((n) => [n, false])]);
    }
    expect(members('2019-12-31')).toContain('United Kingdom');
    expect(members('2020-06-01')).not.toContain('United Kingdom');
  });

  it('lists an actor chosen alongside its group once, among the members', async () => {
    const p = await packFor({ group: 'european-union', actors: 'denmark,china', dims: 'applicability' });
    expect(p.matrix.filter((r) => r.slug === 'denmark')).toHaveLength(1);
    expect(p.matrix[0]!.slug).toBe('european-union');
    expect(p.matrix.at(-1)!.slug).toBe('china');
    await expectSameFootnotesEverywhere(p);
  });
});
