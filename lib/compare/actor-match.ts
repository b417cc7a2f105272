/**
 * What the actor combobox offers for a typed text: actors by name, ISO code or alias (every name of
 * lib/domain/actor-names.ts, computed on the server), and for a bloc two choices — its own position (the bloc as an
 * actor) and its members (the `group` filter). Pure and small: it runs in the browser.
 */

/** [slug, name, what it is (kind, ISO code), every name a reader may type, normalised and joined by "|"]. */
export type ActorOption = readonly [slug: string, name: string, detail: string, names: string];
export type Choice = { kind: 'actor' | 'members'; slug: string; name: string; detail: string };

const MAX_CHOICES = 10;

/** The typed text as `normalizeName` (lib/domain/actor-names.ts) writes names: lower case, no accents or dots, no "the". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

/** 0: one of its names typed in full (a code, an alias); 1: the name starts with it; 2: a word of a name does; 3: inside. */
function rank(q: string, [, name, , names]: ActorOption): number | null {
  const all = names.split('|');
  if (all.includes(q)) return 0;
  const n = fold(name);
  if (n.startsWith(q)) return 1;
  if (all.some((x) => x.split(/[\s(-]+/).some((w) => w.startsWith(q)))) return 2;
  return n.includes(q) ? 3 : null;
}

export function matchActors(query: string, options: readonly ActorOption[], chosen: ReadonlySet<string>, blocs: ReadonlySet<string>): Choice[] {
  const q = fold(query);
  if (!q) return [];
  return options
    .flatMap((o) => {
      const r = rank(q, o);
      return r === null ? [] : [{ o, r }];
    })
    .sort((a, b) => a.r - b.r || a.o[1].localeCompare(b.o[1]))
    .flatMap(({ o: [slug, name, detail] }) => {
      const own: Choice[] = chosen.has(slug) ? [] : [{ kind: 'actor', slug, name, detail: blocs.has(slug) ? `${detail} — its own position` : detail }];
      const members: Choice[] = blocs.has(slug)
        ? [{ kind: 'members', slug, name: `${name}’s members`, detail: 'every member on the date (the “Members of” filter)' }]
        : [];
      return [...own, ...members];
    })
    .slice(0, MAX_CHOICES);
}
