import 'server-only';
import { and, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { actors, documentAuthors, documents, memberships } from '@/db/schema';
import { todayIso } from '@/lib/dates';
import type { ActorKind } from '@/lib/domain';
import { buildApplicabilitySeries, type MonthPoint } from '@/lib/timeline-series';
import { listActorEvidence } from './positions';

export type TimelineScope = { kinds: readonly ActorKind[]; region: string | null; group: string | null };
export type TimelineMarker = { date: string; effective: string; title: string; actorSlug: string; actorName: string; documentSlug: string };

const grp = alias(actors, 'grp');

/**
 * Month-end counts of applicability values for the actors in scope, from the month of their first document to this
 * month. Three queries (actors' evidence) + one for memberships; the as-of rule then runs in memory.
 */
export async function getApplicabilitySeries(scope: TimelineScope, today: string = todayIso()): Promise<MonthPoint[]> {
  const evidence = (await listActorEvidence()).filter(
    (e) => scope.kinds.includes(e.actor.kind) && (!scope.region || e.actor.region === scope.region),
  );
  const spans = scope.group
    ? db
        .select({ memberId: memberships.memberId, from: memberships.fromDate, to: memberships.toDate })
        .from(memberships)
        .innerJoin(grp, eq(grp.id, memberships.groupId))
        .where(eq(grp.slug, scope.group))
        .all()
    : [];
  const inScope = scope.group
    ? (id: number, asOf: string) => spans.some((s) => s.memberId === id && s.from <= asOf && (s.to === null || s.to >= asOf))
    : () => true;
  const first = evidence
    .filter((e) => scope.group === null || spans.some((s) => s.memberId === e.actor.id))
    .flatMap((e) => e.documents.map((d) => d.effective))
    .sort()[0];
  if (!first) return [];
  return buildApplicabilitySeries(
    evidence.map((e) => ({ id: e.actor.id, documents: e.documents, codings: e.codings })),
    first.slice(0, 7),
    today.slice(0, 7),
    inScope,
  );
}

/**
 * Key multilateral moments present in the data: documents of multilateral bodies (GGE and OEWG reports, UNGA
 * resolutions) and the common positions and joint statements of regional organisations.
 */
export async function listTimelineMarkers(): Promise<TimelineMarker[]> {
  return db
    .select({ date: documents.date, effective: documents.effectiveDate, title: documents.title, actorSlug: actors.slug, actorName: actors.name, documentSlug: documents.slug })
    .from(documents)
    .innerJoin(documentAuthors, eq(documentAuthors.documentId, documents.id))
    .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
    .where(
      or(
        eq(actors.kind, 'multilateral'),
        and(eq(actors.kind, 'regional_org'), inArray(documents.type, ['joint_statement', 'position_paper'])),
      ),
    )
    .orderBy(documents.effectiveDate)
    .all();
}
