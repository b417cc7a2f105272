import 'server-only';
import { listActors, listGroups, listRegions } from '@/db/queries/actors';
import { scopeOf } from '@/db/queries/compare';
import { listPositionsAsOf } from '@/db/queries/positions';
import { listActorsInScope } from '@/db/queries/scope';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import { codedDimensions, thenAndNowRows } from '@/lib/then-and-now/then-and-now';
import { nameIndex, type SearchParams } from '@/lib/url/search-params';
import { spelledOtherwise } from '@/lib/url/actors-param';
import { thenAndNowHref } from '@/lib/url/hrefs';
import { parseThenAndNowParams, thenAndNowQuery } from '@/lib/url/then-and-now-params';
import { fromSearchKey, searchKey, viewLoader } from './cache';

const load = viewLoader(async (key: string) => {
  const today = todayIso();
  const [actors, regions, groups] = await Promise.all([listActors(), listRegions(), listGroups()]);
  const vocab = { names: nameIndex(actors), regions, groups: groups.map((g) => g.slug) };
  const sp = fromSearchKey(key);
  const { params, notices } = parseThenAndNowParams(sp, vocab, today);
  const canonical = spelledOtherwise(sp, params.actors) ? thenAndNowHref(thenAndNowQuery(params, today)) : null;
  // The actors of /compare with the same choice (named ones in the order chosen; else the scope, States by default).
  const scope = await listActorsInScope(scopeOf(params), params.now);
  const inScope = params.actors.length ? params.actors.flatMap((slug) => scope.filter((a) => a.slug === slug)) : scope;
  const ids = inScope.map((a) => a.id);
  const [then, now] = await Promise.all([
    listPositionsAsOf({ asOf: params.then, dimensions: DIMENSION_KEYS, actorIds: ids }),
    listPositionsAsOf({ asOf: params.now, dimensions: DIMENSION_KEYS, actorIds: ids }),
  ]);
  const byId = new Map(now.map((r) => [r.actor.id, r]));
  const ordered = inScope.map((a) => byId.get(a.id)!);
  const coded = codedDimensions(then, ordered, DIMENSION_KEYS);
  const dims = params.dims ?? (coded.length ? coded : ['applicability' as const]);
  const all = thenAndNowRows(then, ordered, dims);
  const rows = params.changedOnly ? all.filter((r) => r.changed > 0) : all;
  const left = params.dims ? [] : DIMENSION_KEYS.filter((d) => !dims.includes(d));
  return { canonical, today, params, notices, dims, leftOut: left, rows, totalActors: all.length, actors, regions, groups };
});

/** /compare/then-and-now: the chosen actors' positions at two dates side by side, changed cells marked. */
export const loadThenAndNowView = (sp: SearchParams) => load(searchKey(sp));
export type ThenAndNowView = Awaited<ReturnType<typeof load>>;
