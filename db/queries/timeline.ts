import 'server-only';
import { and, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { memoByContentVersion } from '@/db/memo-by-version';
import { actors, documentAuthors, documents, memberships } from '@/db/schema';
import { todayIso } from '@/lib/domain/dates';
import type { ActorKind } from '@/lib/domain/vocabulary';
import { buildApplicabilitySeries, type InScope, type MonthPoint } from '@/lib/timeline/timeline-series';
import { listActorEvidence } from './positions';
import { listActorsInScope } from './scope';

/**
 * `withDocuments`: count only actors with a tracked document. The page sets it, like /compare, for States with no
 * region or group filter (the 140-odd UN member States with none would otherwise fill the chart with "no document").
 */
export type TimelineScope = { kinds: readonly ActorKind[]; region: string | null; group: string | null; withDocuments?: boolean };
export type TimelineMarker = { date: string; effective: string; title: string; type: string; actorSlug: string; actorName: string; documentSlug: string };

const grp = alias(actors, 'grp');

type Span = { from: string; to: string | null };

/** Membership spans of one group, by member: read once, then judged in memory at every month end. */
function groupSpans(group: string): Map<number, Span[]> {
  const rows = db
    .select({ memberId: memberships.memberId, from: memberships.fromDate, to: memberships.toDate })
    .from(memberships)
    .innerJoin(grp, eq(grp.id, memberships.groupId))
    .where(eq(grp.slug, group))
    .all();
  const out = new Map<number, Span[]>();
  for (const { memberId, ...span } of rows) out.set(memberId, [...(out.get(memberId) ?? []), span]);
  return out;
}

/**
 * Month-end counts of applicability values for the actors in scope, from the month of their first document to the
 * current month: the same counts /compare shows as of each month end with the same kind, region and group. Five
 * queries whatever the span (scope, memberships, then the as-of engine's three); the rule then runs in memory.
 */
export function getApplicabilitySeries(scope: TimelineScope, today: string = todayIso()): Promise<MonthPoint[]> {
  return applicabilitySeries(scope, today);
}

// The series depends only on the scope, the day and the content: computed once per content version (shared, read-only).
const applicabilitySeries = memoByContentVersion(readApplicabilitySeries, (s, today) =>
  JSON.stringify([s.kinds, s.region, s.group, s.withDocuments ?? false, today]),
);

async function readApplicabilitySeries(scope: TimelineScope, today: string): Promise<MonthPoint[]> {
  const spans = scope.group ? groupSpans(scope.group) : null;
  // Without a date, the scope query applies kind and region only; membership is judged per month below.
  const candidates = (await listActorsInScope({ kinds: scope.kinds, region: scope.region, withDocuments: scope.withDocuments ?? false }, today)).filter(
    (a) => !spans || spans.has(a.id),
  );
  const evidence = await listActorEvidence(candidates.map((a) => a.id));
  const inScope: InScope = spans ? (id, asOf) => (spans.get(id) ?? []).some((s) => s.from <= asOf && (s.to === null || s.to >= asOf)) : () => true;
  const first = evidence.flatMap((e) => e.documents.map((d) => d.effective)).sort()[0];
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
 * resolutions) and the common positions and joint statements of regional organisations. Nothing is added by hand.
 */
export async function listTimelineMarkers(): Promise<TimelineMarker[]> {
  return db
    .select({
      date: documents.date,
      effective: documents.effectiveDate,
      title: documents.title,
      type: documents.type,
      actorSlug: actors.slug,
      actorName: actors.name,
      documentSlug: documents.slug,
    })
    .from(documents)
    .innerJoin(documentAuthors, eq(documentAuthors.documentId, documents.id))
    .innerJoin(actors, eq(actors.id, documentAuthors.actorId))
    .where(or(eq(actors.kind, 'multilateral'), and(eq(actors.kind, 'regional_org'), inArray(documents.type, ['joint_statement', 'position_paper']))))
    .orderBy(documents.effectiveDate, documents.date, documents.slug)
    .all();
}
