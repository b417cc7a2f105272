/**
 * Parameters of /timeline: kind (States by default), region, group, `moments=all` to list every multilateral moment
 * (lib/timeline/moments.ts), and actors to follow one by one (`actors`, names or slugs) on a dimension (`dim`,
 * applicability by default); with notices for unknown values.
 */
import { DIMENSION_KEYS, type DimensionKey } from '@/lib/domain/codebook';
import type { ActorKind } from '@/lib/domain/vocabulary';
import { parseActorsParam } from '@/lib/url/actors-param';
import { parseChoice, parseKind, toQuery, type SearchParams } from '@/lib/url/search-params';

export type TimelineParams = {
  kind: ActorKind;
  region: string | null;
  group: string | null;
  allMoments: boolean;
  /** Actors followed one by one (slugs, in the order chosen). */
  actors: string[];
  /** The dimension the followed actors are drawn on. */
  dim: DimensionKey;
};

export function parseTimelineParams(
  sp: SearchParams,
  vocab: { regions: readonly string[]; groups: readonly string[]; names: ReadonlyMap<string, string> },
): { params: TimelineParams; notices: string[] } {
  const kind = parseKind(sp);
  const region = parseChoice(sp, 'region', vocab.regions, 'region');
  const group = parseChoice(sp, 'group', vocab.groups, 'group');
  const moments = parseChoice(sp, 'moments', ['all'], 'moments value');
  const actors = parseActorsParam(sp, vocab.names);
  const dim = parseChoice(sp, 'dim', DIMENSION_KEYS, 'dimension');
  return {
    params: {
      kind: kind.value ?? 'state',
      region: region.value,
      group: group.value,
      allMoments: moments.value === 'all',
      actors: actors.value,
      dim: (dim.value as DimensionKey | null) ?? 'applicability',
    },
    notices: [...kind.notices, ...region.notices, ...group.notices, ...moments.notices, ...actors.notices, ...dim.notices],
  };
}

/** The timeline's filters as /compare parameters, so a month leads to the matrix of the same actors. */
export type CompareFilters = { kind: string; region: string | null; group: string | null };
export function timelineCompareFilters(p: TimelineParams): CompareFilters {
  return { kind: p.kind, region: p.region, group: p.group };
}

/** The timeline's own address for these filters, with every moment listed or only the latest. */
export function timelineQuery(p: TimelineParams, allMoments: boolean): string {
  return toQuery({
    kind: p.kind,
    region: p.region,
    group: p.group,
    moments: allMoments ? 'all' : null,
    actors: p.actors,
    dim: p.dim === 'applicability' ? null : p.dim,
  });
}
