/**
 * What a reader may type for an actor: its name, its slug, its ISO 3166 alpha-3 code, the other English names
 * ISO 3166 lists for its country (i18n-iso-countries: "US", "USA", "UK", "Russia", "Ivory Coast" …) and, for an
 * organisation, its initials ("EU", "AU", "SCO", "UNGA"). Matching ignores case, accents, dots and a leading
 * "the". Alpha-2 codes are not names: "AU" is the African Union, never Australia. Pure.
 */
import countries from 'i18n-iso-countries/index';
import english from 'i18n-iso-countries/langs/en.json';
import type { ActorKind } from '@/lib/domain/vocabulary';

countries.registerLocale(english);

export type NamedActor = { slug: string; name: string; kind: ActorKind; iso3: string | null };

/** "The U.S." → "us", "Côte d'Ivoire" → "cote d'ivoire". */
export function normalizeName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

/** "Shanghai Cooperation Organisation" → "SCO", "UN General Assembly" → "UNGA"; words in brackets left out. */
export function initials(name: string): string {
  const words = name.replace(/\(.*?\)/g, ' ').split(/[\s-]+/);
  return words.map((w) => (/^[A-Z]{2,}$/.test(w) ? w : /^[A-Z]/.test(w) ? w[0] : '')).join('');
}

let englishNames: Record<string, string[]> | null = null;
/** ISO 3166's English names by alpha-2 code, read once. */
function isoNames(): Record<string, string[]> {
  englishNames ??= countries.getNames('en', { select: 'all' });
  return englishNames;
}

function namesOf(a: NamedActor): string[] {
  const names = [a.name, a.slug, a.slug.replace(/-/g, ' ')];
  if (a.iso3) {
    names.push(a.iso3);
    const alpha2 = countries.alpha3ToAlpha2(a.iso3);
    const listed = alpha2 ? isoNames()[alpha2] : undefined;
    if (listed) names.push(...listed);
  } else {
    if (initials(a.name).length >= 2) names.push(initials(a.name));
    // "GGE", "OEWG", "General Assembly" for the UN's bodies.
    if (a.name.startsWith('UN ')) names.push(a.name.slice(3));
  }
  return names;
}

/** Every name a reader may type, normalised, to its actor's slug; the first actor to claim a name keeps it. */
export function actorNameIndex(actors: readonly NamedActor[]): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  // Own names and slugs first, so an alias can never take the exact name of another actor.
  for (const a of actors) for (const n of [a.name, a.slug]) if (!index.has(normalizeName(n))) index.set(normalizeName(n), a.slug);
  for (const a of actors) for (const n of namesOf(a)) if (!index.has(normalizeName(n))) index.set(normalizeName(n), a.slug);
  return index;
}

/** The slug of the actor `q` names exactly (any of its names), or null. */
export function findActorByName(q: string, index: ReadonlyMap<string, string>): string | null {
  return index.get(normalizeName(q)) ?? null;
}

/** Actors whose name contains every word of `q` (at a word start), by name: "united" → the UAE, the UK, the US. */
export function actorsMatching<T extends NamedActor>(q: string, actors: readonly T[], limit = 10): T[] {
  const words = normalizeName(q).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  return actors
    .filter((a) =>
      words.every((w) =>
        normalizeName(a.name)
          .split(/[\s(-]+/)
          .some((part) => part.startsWith(w)),
      ),
    )
    .slice(0, limit);
}
