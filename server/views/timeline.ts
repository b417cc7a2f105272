import 'server-only';
import { listActors, listGroups, listRegions } from '@/db/queries/actors';
import { listActorEvidence } from '@/db/queries/positions';
import { getApplicabilitySeries, listTimelineMarkers } from '@/db/queries/timeline';
import { todayIso } from '@/lib/domain/dates';
import { actorsOnDimension } from '@/lib/timeline/position-charts';
import { nameIndex, type SearchParams } from '@/lib/url/search-params';
import { spelledOtherwise } from '@/lib/url/actors-param';
import { timelineHref } from '@/lib/url/hrefs';
import { parseTimelineParams, timelineQuery } from '@/lib/url/timeline-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const [actors, regions, groups] = await Promise.all([listActors(), listRegions(), listGroups()]);
  const sp = fromSearchKey(key);
  const { params, notices } = parseTimelineParams(sp, { regions, groups: groups.map((g) => g.slug), names: nameIndex(actors) });
  const canonical = spelledOtherwise(sp, params.actors) ? timelineHref(timelineQuery(params, params.allMoments)) : null;
  const scope = {
    kinds: [params.kind],
    region: params.region,
    group: params.group,
    // Every actor of the kind, as every page counts (lib/domain/state-counts.ts): a State with no document in effect at
    // a month end counts as "no document tracked" then, so a past month says how many had none.
    withDocuments: false,
  };
  const [points, markers] = await Promise.all([getApplicabilitySeries(scope), listTimelineMarkers()]);
  return { canonical, params, notices, actors, regions, groups, points, markers, followed: await followed(params.actors, params.dim) };
});

/** The followed actors on one dimension: a step line each, and the table twin (null when none is followed). */
async function followed(slugs: readonly string[], dim: Parameters<typeof actorsOnDimension>[0]) {
  if (slugs.length === 0) return null;
  const evidence = await listActorEvidence((await listActors()).filter((a) => slugs.includes(a.slug)).map((a) => a.id));
  const ordered = slugs.flatMap((slug) => evidence.filter((e) => e.actor.slug === slug));
  return actorsOnDimension(
    dim,
    ordered.map((e) => ({ slug: e.actor.slug, name: e.actor.name, documents: e.documents, codings: e.codings })),
    todayIso(),
  );
}

/** /timeline: month-end counts per applicability value for the chosen scope, the multilateral markers, and followed actors. */
export const loadTimelineView = (sp: SearchParams) => load(searchKey(sp));
