/** Parameters of /actors: kind and region filters, parsed with notices. */
import type { ActorKind } from '@/lib/domain/vocabulary';
import { parseChoice, parseKind, toQuery, type SearchParams } from '@/lib/url/search-params';

export type ActorsParams = { kind: ActorKind | null; region: string | null };

export function parseActorsParams(sp: SearchParams, vocab: { regions: readonly string[] }): { params: ActorsParams; notices: string[] } {
  const kind = parseKind(sp);
  const region = parseChoice(sp, 'region', vocab.regions, 'region');
  return { params: { kind: kind.value, region: region.value }, notices: [...kind.notices, ...region.notices] };
}

export function actorsQuery(p: ActorsParams): string {
  return toQuery({ kind: p.kind, region: p.region });
}
