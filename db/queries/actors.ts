import 'server-only';
import { memoByContentVersion } from '@/db/memo-by-version';
import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { memoInSnapshot } from '@/db/read-snapshot';
import { actors, documentAuthors, literature, literatureActors, memberships } from '@/db/schema';
import type { ActorKind } from '@/lib/domain/vocabulary';
import { actorSummaryColumns } from './actor-columns';

export type ActorListFilter = { kind?: ActorKind | null; region?: string | null };

export type ActorListRow = Awaited<ReturnType<typeof listActors>>[number];

/** Actors with their number of documents, filtered by kind and region. */
// Read by most pages (the matrix's vocabulary and picker, the briefing form, the directory) and changed only by a
// publish or an import: once per content version and filter (shared, read-only).
export const listActors = memoByContentVersion(
  async (filter: ActorListFilter = {}) =>
    db
      .select({
        ...actorSummaryColumns,
        documentCount: sql<number>`(SELECT count(*) FROM ${documentAuthors} WHERE ${documentAuthors.actorId} = ${actors.id})`,
      })
      .from(actors)
      .where(and(filter.kind ? eq(actors.kind, filter.kind) : undefined, filter.region ? eq(actors.region, filter.region) : undefined))
      .orderBy(asc(actors.name))
      .all(),
  (filter = {}) => `${filter.kind ?? ''}|${filter.region ?? ''}`,
);

/** Memoised per request, like the other small lists several parts of a page need. */
export const listRegions = memoInSnapshot('regions', async (): Promise<string[]> => {
  const rows = db.selectDistinct({ region: actors.region }).from(actors).orderBy(asc(actors.region)).all();
  return rows.map((r) => r.region).filter((r): r is string => r !== null);
});

export type ActorDetail = NonNullable<Awaited<ReturnType<typeof getActorBySlug>>>;

export const getActorBySlug = memoInSnapshot('actorBySlug', async (slug: string) => {
  return (
    db
      .select({
        id: actors.id,
        slug: actors.slug,
        name: actors.name,
        kind: actors.kind,
        iso3: actors.iso3,
        region: actors.region,
        subregion: actors.subregion,
        unRegionalGroup: actors.unRegionalGroup,
      })
      .from(actors)
      .where(eq(actors.slug, slug))
      .get() ?? null
  );
});

const member = alias(actors, 'member');
const group = alias(actors, 'grp');

/** Members of a group actor (EU, AU, …) on a given day, each with its number of tracked documents. */
export async function listMembersAsOf(groupId: number, asOf: string) {
  return db
    .select({
      slug: member.slug,
      name: member.name,
      fromDate: memberships.fromDate,
      toDate: memberships.toDate,
      documentCount: sql<number>`(SELECT count(*) FROM ${documentAuthors} WHERE ${documentAuthors.actorId} = ${member.id})`,
    })
    .from(memberships)
    .innerJoin(member, eq(member.id, memberships.memberId))
    .where(and(eq(memberships.groupId, groupId), lte(memberships.fromDate, asOf), or(isNull(memberships.toDate), gte(memberships.toDate, asOf))))
    .orderBy(asc(member.name))
    .all();
}

/** Groups an actor belongs to, with dates. */
export async function listGroupsOf(memberId: number) {
  return db
    .select({ slug: group.slug, name: group.name, fromDate: memberships.fromDate, toDate: memberships.toDate })
    .from(memberships)
    .innerJoin(group, eq(group.id, memberships.groupId))
    .where(eq(memberships.memberId, memberId))
    .orderBy(asc(group.name))
    .all();
}

/** Group actors that have members: the choices for a "group" filter. */
export const listGroups = memoInSnapshot('groups', async () => {
  return db
    .selectDistinct({ slug: group.slug, name: group.name })
    .from(memberships)
    .innerJoin(group, eq(group.id, memberships.groupId))
    .orderBy(asc(group.name))
    .all();
});

/** Scholarship that discusses the actor ("further reading"; never counted as a position). */
export async function listLiteratureAbout(actorId: number) {
  return db
    .select({
      slug: literature.slug,
      title: literature.title,
      authors: literature.authors,
      institution: literature.institution,
      date: literature.date,
      type: literature.type,
      url: literature.url,
      view: literature.view,
      summary: literature.summary,
      note: literature.note,
    })
    .from(literatureActors)
    .innerJoin(literature, eq(literature.id, literatureActors.literatureId))
    .where(eq(literatureActors.actorId, actorId))
    .orderBy(asc(literature.date), asc(literature.title))
    .all();
}
