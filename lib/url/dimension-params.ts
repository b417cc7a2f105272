/** Parameters of /dimensions/[key] and its export: filters and a date range, parsed with notices. */
import { parseIsoDay, todayIso } from '@/lib/domain/dates';
import { NON_STATE_AUTHORITY_KINDS, type ActorKind } from '@/lib/domain/vocabulary';
import { param, parseChoice, parseKind, parseSlugs, toQuery, type Parsed, type SearchParams } from '@/lib/url/search-params';

export type DimensionParams = {
  kind: ActorKind | null;
  region: string | null;
  group: string | null;
  /** Only documents in effect on or after this day count; null = from the beginning. */
  from: string | null;
  /** The as-of date: the end of the range. */
  to: string;
  /** Expert bodies and courts are not State positions: shown only on request. */
  includeExperts: boolean;
};

export function parseDimensionParams(
  sp: SearchParams,
  vocab: { regions: readonly string[]; groups: readonly string[] },
  today: string = todayIso(),
): { params: DimensionParams; notices: string[] } {
  const notices: string[] = [];
  const kind = parseKind(sp);
  const region = parseChoice(sp, 'region', vocab.regions, 'region');
  const group = parseChoice(sp, 'group', vocab.groups, 'group');
  const rawFrom = param(sp, 'from');
  const rawTo = param(sp, 'to');
  let from = rawFrom ? parseIsoDay(rawFrom) : null;
  let to = rawTo ? parseIsoDay(rawTo) : today;
  if (rawFrom && !from) notices.push(`"${rawFrom}" is not a date written YYYY-MM-DD; the range starts at the beginning.`);
  if (rawTo && !to) notices.push(`"${rawTo}" is not a date written YYYY-MM-DD; the range ends today (${today}).`);
  to ??= today;
  if (from && from > to) {
    notices.push(`The range starts (${from}) after it ends (${to}); the start is ignored.`);
    from = null;
  }
  const includeExperts = param(sp, 'experts') === 'include';
  if (kind.value && (NON_STATE_AUTHORITY_KINDS as readonly string[]).includes(kind.value) && !includeExperts) {
    notices.push('Expert bodies and courts are included because that kind was chosen.');
  }
  return {
    params: {
      kind: kind.value,
      region: region.value,
      group: group.value,
      from,
      to,
      includeExperts: includeExperts || (kind.value !== null && NON_STATE_AUTHORITY_KINDS.includes(kind.value)),
    },
    notices: [...kind.notices, ...region.notices, ...group.notices, ...notices],
  };
}

export function dimensionQuery(p: DimensionParams, today: string = todayIso()): string {
  return toQuery({
    kind: p.kind,
    region: p.region,
    group: p.group,
    from: p.from,
    to: p.to === today ? null : p.to,
    experts: p.includeExperts && !p.kind ? 'include' : null,
  });
}

/** At most this many actors side by side (`wording=`): more columns would not be readable next to each other. */
export const MAX_WORDING_ACTORS = 4;

/** `wording=a,b`: actors in the current view, at most MAX_WORDING_ACTORS (the rest dropped with a notice). */
export function parseWordingActors(sp: SearchParams, known: ReadonlySet<string>): Parsed<string[]> {
  const parsed = parseSlugs(sp, 'wording', known);
  if (parsed.value.length <= MAX_WORDING_ACTORS) return parsed;
  return {
    value: parsed.value.slice(0, MAX_WORDING_ACTORS),
    notices: [...parsed.notices, `Only the first ${MAX_WORDING_ACTORS} actors are set side by side.`],
  };
}
