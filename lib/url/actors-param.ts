/**
 * The `actors` list of the views that follow several actors over time (/changes, /timeline, then and now): slugs,
 * names, aliases or ISO codes (lib/domain/actor-names.ts), as a comma list or repeated keys, in the order given,
 * deduplicated. `legacy` keys (e.g. the old one-actor `actor=`) are read too, so old links keep working. Unknown
 * entries are dropped with one notice.
 */
import { findActorByName } from '@/lib/domain/actor-names';
import { listParam, type Parsed, type SearchParams } from '@/lib/url/search-params';

export function parseActorsParam(sp: SearchParams, names: ReadonlyMap<string, string>, legacy: readonly string[] = []): Parsed<string[]> {
  const raw = [...new Set(['actors', ...legacy].flatMap((key) => listParam(sp, key)))];
  const resolved = raw.map((entry) => ({ entry, slug: findActorByName(entry, names) }));
  const unknown = resolved.filter((r) => r.slug === null).map((r) => r.entry);
  return {
    value: [...new Set(resolved.flatMap((r) => (r.slug ? [r.slug] : [])))],
    notices: unknown.length ? [`Unknown actor${unknown.length > 1 ? 's' : ''} ignored: ${unknown.join(', ')}.`] : [],
  };
}

/**
 * Whether the address spelled the actors otherwise than their slugs (names typed into the form, an alias, the old
 * `actor=`), with every entry known: the page then redirects to its canonical address, so a shared link reads
 * `actors=china,united-states`. With an unknown entry it does not, so the notice naming it is shown.
 */
export function spelledOtherwise(sp: SearchParams, slugs: readonly string[], legacy: readonly string[] = []): boolean {
  const raw = [...new Set(['actors', ...legacy].flatMap((key) => listParam(sp, key)))];
  if (raw.length !== slugs.length) return false;
  const legacyUsed = legacy.some((key) => listParam(sp, key).length > 0);
  return legacyUsed || raw.some((entry, i) => entry !== slugs[i]);
}
