/**
 * The /actors directory with more actors than fit a page (two renamed copies of every actor of the real seed, as the
 * benchmark's actors axis builds them): one page of rows at a time, the total, and every actor on exactly one page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { scaleActors } from '@/scripts/bench-data';
import { ACTOR_PAGE_SIZE } from '@/lib/compare/paging';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { loadActorsView } from '@/server/views/actors';
import { loadCompareView } from '@/server/views/compare';
import { seedTestDb } from '../helpers/db';

const seed = readSeedDir(DEFAULT_SEED_DIR);
const total = seed.actors.length * 2;
beforeAll(() => seedTestDb(scaleActors(seed, 2)));

describe('/actors, paged', () => {
  it('shows a page of rows and the total, and the pages together are the whole sorted list', async () => {
    expect(total).toBeGreaterThan(ACTOR_PAGE_SIZE);
    const first = await loadActorsView({ sort: '-documents' });
    expect(first.page).toMatchObject({ page: 1, pages: Math.ceil(total / ACTOR_PAGE_SIZE), total });
    expect(first.rows).toHaveLength(ACTOR_PAGE_SIZE);
    const second = await loadActorsView({ sort: '-documents', page: '2' });
    expect(second.rows).toHaveLength(total - ACTOR_PAGE_SIZE);
    const slugs = [...first.rows, ...second.rows].map((r) => r.slug);
    expect(new Set(slugs).size).toBe(total);
    const counts = [...first.rows, ...second.rows].map((r) => r.documentCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The State count above the table is about the whole list, not the page.
    expect(second.states.length).toBe(first.states.length);
  });

  it('answers a page past the end with the last page and a bad page with the first, each with a notice', async () => {
    const past = await loadActorsView({ page: '9' });
    expect(past.page.page).toBe(past.page.pages);
    expect(past.notices).toContain(`There are only ${past.page.pages} pages; showing the last.`);
    const bad = await loadActorsView({ page: 'two' });
    expect(bad.page.page).toBe(1);
    expect(bad.notices).toContain('Unknown page "two" ignored; showing the first page.');
  });
});

describe('choosing actors by name when there are too many to list', () => {
  it('resolves names typed into the picker to the actors, in any case, and names the unknown ones', async () => {
    const { params, notices } = await loadCompareView({ actors: ['denmark-x1', 'denmark (copy 1), CHINA, Atlantis'] });
    expect(params.actors).toEqual(['denmark-x1', 'china']);
    expect(notices).toContain('Unknown actor ignored: Atlantis.');
  });
});
