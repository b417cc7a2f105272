/** Parameters of /timeline: kind (States by default), region, group; with notices for unknown values. */
import type { ActorKind } from '@/lib/domain/vocabulary';
import { parseChoice, parseKind, type SearchParams } from '@/lib/url/search-params';

export type TimelineParams = { kind: ActorKind; region: string | null; group: string | null };

export function parseTimelineParams(
  sp: SearchParams,
  vocab: { regions: readonly string[]; groups: readonly string[] },
): { params: TimelineParams; notices: string[] } {
  const kind = parseKind(sp);
  const region = parseChoice(sp, 'region', vocab.regions, 'region');
  const group = parseChoice(sp, 'group', vocab.groups, 'group');
  return { params: { kind: kind.value ?? 'state', region: region.value, group: group.value }, notices: [...kind.notices, ...region.notices, ...group.notices] };
}

/** The timeline's filters as /compare parameters, so a month leads to the matrix of the same actors. */
export type CompareFilters = { kind: string; region: string | null; group: string | null };
export function timelineCompareFilters(p: TimelineParams): CompareFilters {
  return { kind: p.kind, region: p.region, group: p.group };
}
