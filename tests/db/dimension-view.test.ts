import { beforeAll, describe, expect, it } from 'vitest';
import { getDimensionView } from '@/db/queries/dimension-view';
import { parseDimensionParams } from '@/lib/url/dimension-params';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../helpers/db';

const seed = readSeedDir(DEFAULT_SEED_DIR);
beforeAll(() => seedTestDb(seed));
/** Every document an actor issued, joint ones filed under a co-author included. */
const documentsOf = (slug: string) => seed.actors.flatMap((a) => a.documents).filter((d) => d.authors.includes(slug));

const vocab = { regions: ['Europe', 'Asia', 'Americas', 'Africa', 'Oceania'], groups: ['european-union', 'african-union'] };
const params = (sp: Record<string, string> = {}) => parseDimensionParams(sp, vocab, '2026-11-22').params;

describe('getDimensionView', () => {
  it('excludes expert bodies and courts by default and includes them on request', async () => {
    const experts = seed.actors.filter((a) => a.kind === 'expert_body' || a.kind === 'court').map((a) => a.slug);
    const plain = await getDimensionView('knowledge', params());
    expect(plain.rows.some((r) => experts.includes(r.actor.slug))).toBe(false);
    const withExperts = await getDimensionView('knowledge', params({ experts: 'include' }));
    expect(withExperts.rows.map((r) => r.actor.slug)).toEqual(expect.arrayContaining(experts));
  });

  it('groups actors by outcome with counts that add up, in codebook order', async () => {
    const view = await getDimensionView('applicability', params());
    // Counts are of States (all of them, listed or not for having no document); other actors are listed, not counted.
    expect(view.groups.reduce((n, g) => n + g.count, 0)).toBe(seed.actors.filter((a) => a.kind === 'state').length);
    for (const g of view.groups) expect(g.rows.filter((r) => r.actor.kind === 'state').length).toBeLessThanOrEqual(g.count);
    expect(view.groups.reduce((n, g) => n + g.otherActors, 0)).toBe(view.rows.filter((r) => r.actor.kind !== 'state').length);
    expect(view.groups.map((g) => g.key)).toEqual([
      'binding_obligation',
      'voluntary_norm',
      'unsettled',
      'political_support',
      'rejects',
      'general_law_only',
      'silent',
      'not_coded',
      'no_document',
    ]);
    for (const g of view.groups)
      for (const r of g.rows)
        expect(
          r.cells[0]!.outcome.kind === 'value' || r.cells[0]!.outcome.kind === 'silent'
            ? (r.cells[0]!.outcome as { value: string }).value
            : r.cells[0]!.outcome.kind,
        ).toBe(g.key);
  });

  it('counts only documents within the date range', async () => {
    const view = await getDimensionView('applicability', params({ from: '2024-01-01', to: '2024-12-31' }));
    for (const r of view.rows) {
      const e = r.cells[0]!.evidence;
      if (e) expect(e.document.date >= '2024' && e.document.date <= '2024-12-31').toBe(true);
    }
    const inRange = seed.actors.filter(
      (a) => a.kind !== 'expert_body' && a.kind !== 'court' && documentsOf(a.slug).some((d) => d.date.startsWith('2024') && d.codings.applicability),
    );
    expect(view.rows.filter((r) => r.cells[0]!.outcome.kind === 'value' || r.cells[0]!.outcome.kind === 'silent').length).toBe(inRange.length);
  });

  it('filters by group membership at the end date', async () => {
    const view = await getDimensionView('applicability', params({ group: 'european-union', to: '2021-12-31' }));
    const members = seed.actors.filter((a) =>
      a.memberships.some((m) => m.group === 'european-union' && m.from <= '2021-12-31' && (m.to === null || m.to >= '2021-12-31')),
    );
    expect(view.rows.map((r) => r.actor.slug).sort()).toEqual(members.map((a) => a.slug).sort());
  });

  it('puts free-text statements of remedies in a group of their own', async () => {
    const view = await getDimensionView('remedies', params({ experts: 'include' }));
    const stated = seed.actors.filter((a) => documentsOf(a.slug).some((d) => d.codings.remedies));
    expect(view.groups[0]).toMatchObject({ key: 'free_text', count: stated.filter((a) => a.kind === 'state').length });
    expect(view.groups[0]!.rows).toHaveLength(stated.length);
  });
});

describe('parseDimensionParams', () => {
  it('reports bad dates and an inverted range', () => {
    const { params: p, notices } = parseDimensionParams({ from: '2025-01-01', to: '2020-01-01', region: 'Mars' }, vocab, '2026-11-22');
    expect(p).toMatchObject({ from: null, to: '2020-01-01', region: null });
    expect(notices).toHaveLength(2);
    expect(parseDimensionParams({ to: 'soon' }, vocab, '2026-11-22').params.to).toBe('2026-11-22');
  });
});
