import 'server-only';
import { listStateOutcomes } from '@/db/queries/map';
import { buildMapModel } from '@/lib/map/map-model';
import { worldGeometry } from '@/lib/map/world-geometry';
import { parseMapParams } from '@/lib/url/map-params';
import type { SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const { params, notices } = parseMapParams(fromSearchKey(key));
  return { params, notices, model: buildMapModel(params.dim, await listStateOutcomes(params.dim, params.asOf), worldGeometry()) };
});

/** /map: every State's outcome on one dimension as of a date, placed on the world map. */
export const loadMapView = (sp: SearchParams) => load(searchKey(sp));
