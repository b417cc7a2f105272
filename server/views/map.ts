import 'server-only';
import { listActors } from '@/db/queries/actors';
import { listStateOutcomes } from '@/db/queries/map';
import { coverageOf } from '@/lib/domain/coverage';
import { countStates } from '@/lib/domain/state-counts';
import { buildMapModel } from '@/lib/map/map-model';
import { worldGeometry } from '@/lib/map/world-geometry';
import { parseMapParams } from '@/lib/url/map-params';
import { nameIndex, type SearchParams } from '@/lib/url/search-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const actors = await listActors();
  const nameOf = new Map(actors.map((a) => [a.slug, a.name]));
  const vocab = {
    actorSlugs: new Set(actors.map((a) => a.slug)),
    stateSlugs: new Set(actors.filter((a) => a.kind === 'state').map((a) => a.slug)),
    names: nameIndex(actors),
    nameOf: (slug: string) => nameOf.get(slug) ?? slug,
  };
  const { params, notices } = parseMapParams(fromSearchKey(key), undefined, vocab);
  const states = await listStateOutcomes(params.dim, params.asOf);
  // The coverage line is read off the one count of States (as on /, /compare and the dimension pages).
  const coverage = coverageOf(
    countStates(
      params.dim,
      params.asOf,
      states.map((s) => ({ ...s, kind: 'state' as const })),
    ),
  );
  return { params, notices, coverage, model: buildMapModel(params.dim, states, worldGeometry()) };
});

/** /map: every State's outcome on one dimension as of a date, placed on the world map; `actors=` picks some out. */
export const loadMapView = (sp: SearchParams) => load(searchKey(sp));
