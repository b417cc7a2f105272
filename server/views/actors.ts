import 'server-only';
import { listActorDirectory } from '@/db/queries/actor-directory';
import { listRegions } from '@/db/queries/actors';
import { ACTOR_PAGE_SIZE, paginate } from '@/lib/compare/paging';
import { todayIso } from '@/lib/domain/dates';
import { filterAndSortActors, parseActorListParams } from '@/lib/url/actor-list';
import type { SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const regions = await listRegions();
  const { params, notices } = parseActorListParams(fromSearchKey(key), regions);
  const today = todayIso();
  const all = await listActorDirectory({ kind: params.kind, region: params.region }, today);
  const states = all.filter((a) => a.kind === 'state');
  const sorted = filterAndSortActors(all, params);
  // A page of rows is rendered, however many actors the record holds (the directory of 20,000 was 27 MB of HTML).
  const { info: page, notices: pageNotices } = paginate(sorted.length, { page: params.page, pageSize: ACTOR_PAGE_SIZE });
  notices.push(...pageNotices);
  const rows = sorted.slice(page.start, page.end);
  return { params, notices, regions, today, rows, page, states, statesWithout: states.filter((a) => a.documentCount === 0).length };
});

/** /actors: every actor (all UN member States among them) with its filters and sort, a page at a time. */
export const loadActorsView = (sp: SearchParams) => load(searchKey(sp));
