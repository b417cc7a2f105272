import 'server-only';
import { listActorDirectory } from '@/db/queries/actor-directory';
import { listRegions } from '@/db/queries/actors';
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
  return { params, notices, regions, today, rows: filterAndSortActors(all, params), states, statesWithout: states.filter((a) => a.documentCount === 0).length };
});

/** /actors: every actor (all UN member States among them) with its filters and sort. */
export const loadActorsView = (sp: SearchParams) => load(searchKey(sp));
