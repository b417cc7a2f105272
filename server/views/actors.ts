import 'server-only';
import { listActorDirectory } from '@/db/queries/actor-directory';
import { listRegions } from '@/db/queries/actors';
import { parseActorsParams } from '@/lib/url/actors-params';
import { todayIso } from '@/lib/domain/dates';
import type { SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const regions = await listRegions();
  const { params, notices } = parseActorsParams(fromSearchKey(key), { regions });
  const today = todayIso();
  const rows = await listActorDirectory({ kind: params.kind, region: params.region }, today);
  return { params, notices, regions, today, rows };
});

/** /actors: the directory with its filters. */
export const loadActorsView = (sp: SearchParams) => load(searchKey(sp));
