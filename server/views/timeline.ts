import 'server-only';
import { listGroups, listRegions } from '@/db/queries/actors';
import { getApplicabilitySeries, listTimelineMarkers } from '@/db/queries/timeline';
import type { SearchParams } from '@/lib/url/search-params';
import { parseTimelineParams } from '@/lib/url/timeline-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const [regions, groups] = await Promise.all([listRegions(), listGroups()]);
  const { params, notices } = parseTimelineParams(fromSearchKey(key), { regions, groups: groups.map((g) => g.slug) });
  const [points, markers] = await Promise.all([getApplicabilitySeries({ kinds: [params.kind], region: params.region, group: params.group }), listTimelineMarkers()]);
  return { params, notices, regions, groups, points, markers };
});

/** /timeline: month-end counts per applicability value for the chosen scope, and the multilateral markers. */
export const loadTimelineView = (sp: SearchParams) => load(searchKey(sp));
