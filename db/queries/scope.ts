import 'server-only';
import { and, asc, eq, exists, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { memoByContentVersion } from '@/db/memo-by-version';
import { actors, documentAuthors, memberships } from '@/db/schema';
import type { ActorKind } from '@/lib/domain/vocabulary';
import type { PositionActor } from './positions';
import { actorSummaryColumns } from './actor-columns';

/** Which actors a view covers. Every filter is optional; all given filters must hold. */
export type ActorScope = {
  slugs?: readonly string[] | null;
  kinds?: readonly ActorKind[] | null;
  region?: string | null;
  /** Slug of a group actor (EU, AU, …): only its members on the as-of date. */
  group?: string | null;
  /** Only actors with at least one tracked document (of any date): the default of the matrix and dimension views. */
  withDocuments?: boolean;
};

const grp = alias(actors, 'grp');

/**
 * The actors in scope on a date (group membership is judged on that date), ordered by name. Read once per content
 * version and scope (the date is part of the key only for a group): every page-cache miss of /compare, the API and the
 * dimension pages asks for the same scope on a new date. A fresh array each time (callers may sort it).
 */
export async function listActorsInScope(scope: ActorScope, asOf: string): Promise<PositionActor[]> {
  return (await scopeMemo(scope, asOf)).slice();
}

const scopeMemo = memoByContentVersion(readActorsInScope, (scope: ActorScope, asOf: string) =>
  JSON.stringify([scope.slugs ?? null, scope.kinds ?? null, scope.region ?? null, scope.group ?? null, scope.withDocuments ?? false, scope.group ? asOf : '']),
);

async function readActorsInScope(scope: ActorScope, asOf: string): Promise<PositionActor[]> {
  const memberOfGroup = scope.group
    ? exists(
        db
          .select({ one: memberships.id })
          .from(memberships)
          .innerJoin(grp, eq(grp.id, memberships.groupId))
          .where(
            and(
              eq(memberships.memberId, actors.id),
              eq(grp.slug, scope.group),
              lte(memberships.fromDate, asOf),
              or(isNull(memberships.toDate), gte(memberships.toDate, asOf)),
            ),
          ),
      )
    : undefined;
  return db
    .select(actorSummaryColumns)
    .from(actors)
    .where(
      and(
        scope.slugs ? inArray(actors.slug, [...scope.slugs]) : undefined,
        scope.kinds ? inArray(actors.kind, [...scope.kinds]) : undefined,
        scope.region ? eq(actors.region, scope.region) : undefined,
        memberOfGroup,
        scope.withDocuments
          ? exists(db.select({ one: documentAuthors.actorId }).from(documentAuthors).where(eq(documentAuthors.actorId, actors.id)))
          : undefined,
      ),
    )
    .orderBy(asc(actors.name))
    .all();
}

/** Every actor slug, for validating `actors=` parameters. */
export async function listActorSlugs(): Promise<Set<string>> {
  return new Set(
    db
      .select({ slug: actors.slug })
      .from(actors)
      .all()
      .map((a) => a.slug),
  );
}
