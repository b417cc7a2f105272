import 'server-only';
import { listGroups, listRegions } from '@/db/queries/actors';
import { getApplicabilitySeries, listTimelineMarkers } from '@/db/queries/timeline';
import type { SearchParams } from '@/lib/url/search-params';
import { parseTimelineParams } from '@/lib/url/timeline-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const [regions, groups] = await Promise.all([listRegions(), listGroups()]);
  const { params, notices } = parseTimelineParams(fromSearchKey(key), { regions, groups: groups.map((g) => g.slug) });
  const scope = {
    kinds: [params.kind],
    region: params.region,
    group: params.group,
    // The same actors as /compare?kind=state: States with a tracked document unless a region or group is chosen.
    withDocuments: params.kind === 'state' && !params.region && !params.group,
  };
  const [points, markers] = await Promise.all([getApplicabilitySeries(scope), listTimelineMarkers()]);
  return { params, notices, regions, groups, points, markers };
});

/** /timeline: month-end counts per applicability value for the chosen scope, and the multilateral markers. */
export const loadTimelineView = (sp: SearchParams) => load(searchKey(sp));
