/** Parameters of /map (and the small map on /): which dimension, as of which day, which States are picked out. Never throws; bad input → notice. */
import { isDimensionKey, type DimensionKey } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import { param, parseAsOf, parseSlugs, type SearchParams } from '@/lib/url/search-params';

export type MapParams = { dim: DimensionKey; asOf: string; actors: string[] };

/** What `actors=` is checked against: every actor's slug (a bloc is named, not drawn), the States', and typed names. */
export type MapVocabulary = {
  actorSlugs: ReadonlySet<string>;
  stateSlugs: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
  nameOf: (slug: string) => string;
};

export const DEFAULT_MAP_DIMENSION: DimensionKey = 'applicability';

export function parseMapParams(sp: SearchParams, today: string = todayIso(), vocab?: MapVocabulary): { params: MapParams; notices: string[] } {
  const asOf = parseAsOf(sp, today);
  const raw = param(sp, 'dim');
  const notices = [...asOf.notices];
  let dim = DEFAULT_MAP_DIMENSION;
  if (raw !== undefined) {
    if (isDimensionKey(raw)) dim = raw;
    else notices.push(`Unknown dimension "${raw}" ignored; showing applicability.`);
  }
  let actors: string[] = [];
  if (vocab) {
    // The choice carried over from /compare may name organisations: the map draws States only, and says so.
    const chosen = parseSlugs(sp, 'actors', vocab.actorSlugs, 'actor', vocab.names);
    notices.push(...chosen.notices);
    actors = chosen.value.filter((s) => vocab.stateSlugs.has(s));
    const others = chosen.value.filter((s) => !vocab.stateSlugs.has(s)).map(vocab.nameOf);
    if (others.length) notices.push(`The map shows States only; not drawn: ${others.join(', ')} (see them on Compare).`);
  }
  return { params: { dim, asOf: asOf.value, actors }, notices };
}
