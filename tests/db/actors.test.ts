import { beforeAll, describe, expect, it } from 'vitest';
import { listActorDirectory } from '@/db/queries/actor-directory';
import { getActorBySlug, listActors, listGroupsOf, listLiteratureAbout, listMembersAsOf, listRegions } from '@/db/queries/actors';
import { readSeedDir } from '@/seed/read';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { actorId, seedTestDb } from '../helpers/db';

const seed = readSeedDir(DEFAULT_SEED_DIR);
/** A joint document counts for every co-author (dataset 1.1 `authors`). */
const authoredBy = (slug: string) => seed.actors.flatMap((a) => a.documents).filter((d) => d.authors.includes(slug));
beforeAll(() => seedTestDb(seed));

describe('listActors', () => {
  it('lists every actor of the seed with its number of documents', async () => {
    const rows = await listActors();
    expect(rows).toHaveLength(seed.actors.length);
    for (const a of seed.actors) {
      expect(rows.find((r) => r.slug === a.slug)?.documentCount, a.slug).toBe(authoredBy(a.slug).length);
    }
  });

  it('filters by kind and by region', async () => {
    const orgs = await listActors({ kind: 'regional_org' });
    expect(orgs.map((r) => r.slug).sort()).toEqual(
      seed.actors
        .filter((a) => a.kind === 'regional_org')
        .map((a) => a.slug)
        .sort(),
    );
    const europe = await listActors({ kind: 'state', region: 'Europe' });
    expect(europe.length).toBe(seed.actors.filter((a) => a.kind === 'state' && a.region === 'Europe').length);
    expect(europe.every((r) => r.region === 'Europe' && r.kind === 'state')).toBe(true);
  });

  it('offers the regions present in the data', async () => {
    expect(await listRegions()).toEqual([...new Set(seed.actors.map((a) => a.region).filter((r): r is string => r !== null))].sort());
  });
});

describe('listActorDirectory', () => {
  it('gives each actor its applicability as of a date, and no_document before its first document', async () => {
    const today = await listActorDirectory({}, '2026-11-22');
    const denmark = today.find((r) => r.slug === 'denmark')!;
    expect(denmark.applicability.kind).toBe('value');
    const early = await listActorDirectory({}, '1900-01-01');
    expect(early.every((r) => r.applicability.kind === 'no_document')).toBe(true);
    const withoutDocs = seed.actors.filter((a) => authoredBy(a.slug).length === 0).map((a) => a.slug);
    expect(withoutDocs.length).toBeGreaterThan(0);
    for (const slug of withoutDocs) expect(today.find((r) => r.slug === slug)!.applicability.kind, slug).toBe('no_document');
  });
});

describe('getActorBySlug', () => {
  it('finds an actor by slug and returns null for an unknown one', async () => {
    expect(await getActorBySlug('european-union')).toMatchObject({ name: 'European Union', kind: 'regional_org', iso3: null });
    expect(await getActorBySlug('atlantis')).toBeNull();
  });
});

describe('memberships', () => {
  it('lists the members of a bloc on a date, from the seed memberships', async () => {
    const eu = actorId('european-union');
    const expected = (date: string) =>
      seed.actors
        .filter((a) => a.memberships.some((m) => m.group === 'european-union' && m.from <= date && (m.to === null || m.to >= date)))
        .map((a) => a.slug)
        .sort();
    for (const date of ['1990-01-01', '2004-05-01', '2021-12-31']) {
      expect((await listMembersAsOf(eu, date)).map((m) => m.slug).sort(), date).toEqual(expected(date));
    }
  });

  it("lists an actor's groups", async () => {
    const groups = await listGroupsOf(actorId('denmark'));
    expect(groups.map((g) => g.slug).sort()).toEqual(
      seed.actors
        .find((a) => a.slug === 'denmark')!
        .memberships.map((m) => m.group)
        .sort(),
    );
  });
});

describe('listLiteratureAbout', () => {
  it('returns the further reading that names the actor', async () => {
    const expected = seed.literature.filter((l) => l.about_actors.includes('denmark')).map((l) => l.id);
    expect((await listLiteratureAbout(actorId('denmark'))).map((l) => l.slug).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
  });
});
