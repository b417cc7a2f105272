import 'server-only';
import { getActorBySlug, listGroups, listRegions } from '@/db/queries/actors';
import type { CompareParams, CompareVocabulary } from '@/lib/url/compare-params';
import { shapeMatrix, type MatrixRow, type RawRow } from '@/lib/compare/compare-rows';
import { listCodingEvidence } from './evidence';
import { listPositionsAsOf } from './positions';
import { listActorSlugs, listActorsInScope, type ActorScope } from './scope';

/** Known slugs, regions and groups, to validate URL parameters against. */
export async function getCompareVocabulary(): Promise<CompareVocabulary> {
  const [actorSlugs, regions, groups] = await Promise.all([listActorSlugs(), listRegions(), listGroups()]);
  return { actorSlugs, regions, groups: groups.map((g) => g.slug) };
}

/** Scope of a view: explicit actors, else filters; with nothing given, all States. */
export function scopeOf(p: Pick<CompareParams, 'actors' | 'kind' | 'region' | 'group'>): ActorScope {
  const noFilter = p.actors.length === 0 && !p.kind && !p.region && !p.group;
  return {
    slugs: p.actors.length ? p.actors : null,
    kinds: p.kind ? [p.kind] : noFilter ? ['state'] : null,
    region: p.region,
    group: p.group,
  };
}

export type CompareView = { rows: MatrixRow[]; cellCount: number };

/**
 * The matrix exactly as shown: a bloc row first when `group` is set, then the actors in scope, filtered and sorted.
 * Five queries whatever the number of actors: scope, actors, documents, codings, evidence (+2 for a bloc row).
 */
export async function getCompareView(p: CompareParams): Promise<CompareView> {
  const actors = await listActorsInScope(scopeOf(p), p.asOf);
  const bloc = p.group ? await getActorBySlug(p.group) : null;
  const ids = [...(bloc ? [bloc.id] : []), ...actors.map((a) => a.id)];
  const positions = await listPositionsAsOf({ asOf: p.asOf, dimensions: p.dims, actorIds: ids });
  const codingIds = positions.flatMap((r) => Object.values(r.outcomes).flatMap((o) => (o.kind === 'value' || o.kind === 'silent' ? [o.coding.id] : [])));
  const evidence = await listCodingEvidence(codingIds);
  const raw = new Map<number, RawRow>(positions.map((r) => [r.actor.id, { actor: r.actor, outcomes: r.outcomes }]));
  const blocRow = bloc ? (raw.get(bloc.id) ?? null) : null;
  const body = actors.filter((a) => a.id !== bloc?.id).map((a) => raw.get(a.id)!);
  const rows = shapeMatrix(blocRow, body, { dims: p.dims, value: p.value, minConfidence: p.minConfidence, sort: p.sort, evidence });
  return { rows, cellCount: rows.length * p.dims.length };
}
