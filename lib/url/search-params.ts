/**
 * URL parameters in, clean values and human notices out. Bad input never throws: unknown entries are dropped
 * and reported, so a pasted link degrades to a working view with a visible explanation.
 */
import { isDimensionKey, type DimensionKey } from '@/lib/domain/codebook';
import { parseIsoDay, todayIso } from '@/lib/domain/dates';
import { ACTOR_KINDS, CONFIDENCE_LEVELS, type ActorKind, type Confidence } from '@/lib/domain/vocabulary';
import { serializeQuery } from '@/lib/url/parsers';
import { actorNameIndex, normalizeName, type NamedActor } from '@/lib/domain/actor-names';

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter, trimmed; '' and absent both read as undefined. */
export function param(sp: SearchParams, key: string): string | undefined {
  const raw = sp[key];
  const v = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return v ? v : undefined;
}

/** A comma-separated (or repeated) list parameter, deduplicated, order kept. */
export function listParam(sp: SearchParams, key: string): string[] {
  const raw = sp[key];
  const parts = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((v) => v.split(','));
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
}

export type Parsed<T> = { value: T; notices: string[] };

/** `asOf` as YYYY-MM-DD; a malformed date falls back to today with a notice. */
export function parseAsOf(sp: SearchParams, today: string = todayIso()): Parsed<string> {
  const raw = param(sp, 'asOf');
  if (raw === undefined) return { value: today, notices: [] };
  const day = parseIsoDay(raw);
  if (day) return { value: day, notices: [] };
  return { value: today, notices: [`"${raw}" is not a date written YYYY-MM-DD; showing positions as of today (${today}) instead.`] };
}

export function parseDimensions(sp: SearchParams, key = 'dims'): Parsed<DimensionKey[] | null> {
  const raw = listParam(sp, key);
  if (raw.length === 0) return { value: null, notices: [] };
  const known = raw.filter(isDimensionKey);
  const unknown = raw.filter((k) => !isDimensionKey(k));
  return {
    value: known.length ? known : null,
    notices: unknown.length ? [`Unknown dimension${unknown.length > 1 ? 's' : ''} ignored: ${unknown.join(', ')}.`] : [],
  };
}

export function parseKind(sp: SearchParams): Parsed<ActorKind | null> {
  const raw = param(sp, 'kind');
  if (raw === undefined || raw === 'all') return { value: null, notices: [] };
  if ((ACTOR_KINDS as readonly string[]).includes(raw)) return { value: raw as ActorKind, notices: [] };
  return { value: null, notices: [`Unknown kind "${raw}" ignored; showing every kind.`] };
}

export function parseMinConfidence(sp: SearchParams): Parsed<Confidence | null> {
  const raw = param(sp, 'minConfidence');
  if (raw === undefined) return { value: null, notices: [] };
  if ((CONFIDENCE_LEVELS as readonly string[]).includes(raw)) return { value: raw as Confidence, notices: [] };
  return { value: null, notices: [`Unknown confidence level "${raw}" ignored (use high, medium or low).`] };
}

/** A value from a fixed list (e.g. region names read from the database); unknown ones are dropped with a notice. */
export function parseChoice(sp: SearchParams, key: string, allowed: readonly string[], what: string): Parsed<string | null> {
  const raw = param(sp, key);
  if (raw === undefined) return { value: null, notices: [] };
  if (allowed.includes(raw)) return { value: raw, notices: [] };
  return { value: null, notices: [`Unknown ${what} "${raw}" ignored.`] };
}

/**
 * Slugs checked against the known ones; unknown ones are dropped with a notice. With `byName` (lower-cased names to
 * slugs, from `nameIndex`), an entry may also be a name in any case: the actor picker's "add by name" field sends what
 * the reader typed when there are too many actors to list.
 */
export function parseSlugs(sp: SearchParams, key: string, known: ReadonlySet<string>, what = 'actor', byName?: ReadonlyMap<string, string>): Parsed<string[]> {
  const raw = listParam(sp, key);
  const resolve = (s: string) => (known.has(s) ? s : byName?.get(normalizeName(s)));
  const unknown = raw.filter((s) => !resolve(s));
  return {
    value: [...new Set(raw.flatMap((s) => resolve(s) ?? []))],
    notices: unknown.length ? [`Unknown ${what}${unknown.length > 1 ? 's' : ''} ignored: ${unknown.join(', ')}.`] : [],
  };
}

/**
 * Every name a reader may type — names, ISO codes, "US", "UK", "EU" — to slugs, for `parseSlugs`' `byName`
 * (lib/domain/actor-names.ts). Built once per list: the actor list is one shared array per content version
 * (db/queries/actors.ts), so every request of that version reuses the index instead of normalising some 1,500 names.
 */
export function nameIndex(rows: readonly NamedActor[]): ReadonlyMap<string, string> {
  let index = nameIndexes.get(rows);
  if (!index) {
    index = actorNameIndex(rows);
    nameIndexes.set(rows, index);
  }
  return index;
}

const nameIndexes = new WeakMap<readonly NamedActor[], ReadonlyMap<string, string>>();

/** Builds a query string from the non-empty entries, in a stable order, for links and exports (nuqs serialiser). */
export function toQuery(params: Record<string, string | readonly string[] | null | undefined>): string {
  return serializeQuery(params);
}
