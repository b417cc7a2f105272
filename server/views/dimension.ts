import 'server-only';
import { listGroups, listRegions } from '@/db/queries/actors';
import { getDimensionView } from '@/db/queries/dimension-view';
import { isDimensionKey } from '@/lib/domain/codebook';
import { parseDimensionParams } from '@/lib/url/dimension-params';
import type { SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const { dimension, sp } = JSON.parse(key) as { dimension: string; sp: string };
  if (!isDimensionKey(dimension)) return null;
  const [regions, groups] = await Promise.all([listRegions(), listGroups()]);
  const { params, notices } = parseDimensionParams(fromSearchKey(sp), { regions, groups: groups.map((g) => g.slug) });
  const view = await getDimensionView(dimension, params);
  return { dimension, params, notices, view, regions, groups };
});

/** /dimensions/[key] and /api/v1/dimensions/[key]: one dimension across actors; null for an unknown dimension. */
export const loadDimensionView = (dimension: string, sp: SearchParams) => load(JSON.stringify({ dimension, sp: searchKey(sp) }));
