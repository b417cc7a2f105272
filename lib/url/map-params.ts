/** Parameters of /map (and the small map on /): which dimension, as of which day. Never throws; bad input → notice. */
import { isDimensionKey, type DimensionKey } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import { param, parseAsOf, type SearchParams } from '@/lib/url/search-params';

export type MapParams = { dim: DimensionKey; asOf: string };

export const DEFAULT_MAP_DIMENSION: DimensionKey = 'applicability';

export function parseMapParams(sp: SearchParams, today: string = todayIso()): { params: MapParams; notices: string[] } {
  const asOf = parseAsOf(sp, today);
  const raw = param(sp, 'dim');
  const notices = [...asOf.notices];
  let dim = DEFAULT_MAP_DIMENSION;
  if (raw !== undefined) {
    if (isDimensionKey(raw)) dim = raw;
    else notices.push(`Unknown dimension "${raw}" ignored; showing applicability.`);
  }
  return { params: { dim, asOf: asOf.value }, notices };
}
