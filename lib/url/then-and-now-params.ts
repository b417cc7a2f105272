/**
 * Parameters of /compare/then-and-now: which actors (named, or a scope of kind, region and group as on /compare),
 * which dimensions, and the two dates. Parsed with notices, never throwing, and written back in one place.
 */
import { parseIsoDay, todayIso } from '@/lib/domain/dates';
import type { DimensionKey } from '@/lib/domain/codebook';
import type { ActorKind } from '@/lib/domain/vocabulary';
import { parseActorsParam } from '@/lib/url/actors-param';
import { param, parseChoice, parseDimensions, parseKind, toQuery, type SearchParams } from '@/lib/url/search-params';

/**
 * "Then" by default: the end of 2015, the year the UN GGE report set out the norm that States should not knowingly
 * allow their territory to be used for wrongful cyber acts — the usual "before" of the question "what changed since".
 */
export const DEFAULT_THEN = '2015-12-31';

export type ThenAndNowParams = {
  actors: string[];
  kind: ActorKind | null;
  region: string | null;
  group: string | null;
  /** Chosen dimensions, codebook order; null = those coded for at least one actor shown, at either date. */
  dims: DimensionKey[] | null;
  then: string;
  now: string;
  /** `changed=only`: only the actors with a changed cell. */
  changedOnly: boolean;
};

export type ThenAndNowVocabulary = { names: ReadonlyMap<string, string>; regions: readonly string[]; groups: readonly string[] };

function day(sp: SearchParams, key: string, fallback: string, notices: string[]): string {
  const raw = param(sp, key);
  if (raw === undefined) return fallback;
  const parsed = parseIsoDay(raw);
  if (!parsed) notices.push(`"${raw}" is not a date written YYYY-MM-DD; using ${fallback} instead.`);
  return parsed ?? fallback;
}

export function parseThenAndNowParams(
  sp: SearchParams,
  vocab: ThenAndNowVocabulary,
  today: string = todayIso(),
): { params: ThenAndNowParams; notices: string[] } {
  const notices: string[] = [];
  const actors = parseActorsParam(sp, vocab.names);
  const kind = parseKind(sp);
  const region = parseChoice(sp, 'region', vocab.regions, 'region');
  const group = parseChoice(sp, 'group', vocab.groups, 'group');
  const dims = parseDimensions(sp);
  const changed = parseChoice(sp, 'changed', ['only'], 'changed value');
  let then = day(sp, 'then', DEFAULT_THEN, notices);
  let now = day(sp, 'now', today, notices);
  if (then > now) {
    notices.push(`The two dates were given latest first; they are shown in date order.`);
    [then, now] = [now, then];
  }
  return {
    params: {
      actors: actors.value,
      kind: kind.value,
      region: region.value,
      group: group.value,
      dims: dims.value,
      then,
      now,
      changedOnly: changed.value === 'only',
    },
    notices: [...actors.notices, ...kind.notices, ...region.notices, ...group.notices, ...dims.notices, ...changed.notices, ...notices],
  };
}

/** The view's address for these parameters (defaults left out, so the plain link stays short). */
export function thenAndNowQuery(p: ThenAndNowParams, today: string = todayIso(), overrides: Partial<Record<'changed' | 'dims', string | null>> = {}): string {
  return toQuery({
    actors: p.actors,
    kind: p.kind,
    region: p.region,
    group: p.group,
    dims: p.dims,
    then: p.then === DEFAULT_THEN ? null : p.then,
    now: p.now === today ? null : p.now,
    changed: p.changedOnly ? 'only' : null,
    ...overrides,
  });
}
