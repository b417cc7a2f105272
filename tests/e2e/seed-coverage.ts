/**
 * Coverage counted straight from the seed files the browser tests load (independent of the app's code): of the States
 * with a document in effect on a day, how many have a document in effect that codes the dimension.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type SeedDocument = {
  id: string;
  date: string;
  authors?: string[] | null;
  codings: Record<string, unknown>;
  quote?: string | null;
  quote_role?: string | null;
};
type SeedActor = { slug: string; name: string; kind: string; documents: SeedDocument[] };

export function readSeedActors(dir = 'seed/actors'): SeedActor[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SeedActor);
}

/** A partial date takes effect at the end of its period (the as-of rule): 2020 → 2020-12-31, 2020-02 → 2020-02-29. */
export function effectiveDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return date;
}

/** { coded, withDocument } over the States, as of `asOf`. */
export function seedStateCoverage(dimension: string, asOf: string, actors = readSeedActors()): { coded: number; withDocument: number } {
  const states = new Set(actors.filter((a) => a.kind === 'state').map((a) => a.slug));
  const docsOf = new Map<string, SeedDocument[]>();
  for (const a of actors) {
    for (const d of a.documents) {
      for (const author of d.authors?.length ? d.authors : [a.slug]) docsOf.set(author, [...(docsOf.get(author) ?? []), d]);
    }
  }
  let coded = 0;
  let withDocument = 0;
  for (const slug of states) {
    const inEffect = (docsOf.get(slug) ?? []).filter((d) => effectiveDay(d.date) <= asOf);
    if (inEffect.length === 0) continue;
    withDocument += 1;
    if (inEffect.some((d) => d.codings[dimension] !== undefined && d.codings[dimension] !== null)) coded += 1;
  }
  return { coded, withDocument };
}

/** Tier of a coded value (the codebook's as-of rule): 1 a legal view, 2 political support, 3 silence / not addressed. */
function tierOf(value: string): number {
  if (value === 'silent' || value === 'unspecified') return 3;
  return value === 'political_support' ? 2 : 1;
}

/**
 * A State's outcome key on a dimension as of a day, worked out from the seed files alone (the as-of rule as the
 * codebook states it, written apart from lib/domain/as-of.ts): of its documents in effect, the value of the latest
 * coded one in the highest tier; `not_coded` when none codes it; `no_document` when none is in effect.
 */
export function seedOutcomeKey(documents: readonly SeedDocument[], dimension: string, asOf: string): string {
  const inEffect = documents
    .filter((d) => effectiveDay(d.date) <= asOf)
    .sort((a, b) => effectiveDay(a.date).localeCompare(effectiveDay(b.date)) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  if (inEffect.length === 0) return 'no_document';
  const coded = inEffect.flatMap((d) => (typeof d.codings[dimension] === 'string' ? [d.codings[dimension] as string] : []));
  if (coded.length === 0) return 'not_coded';
  const highest = Math.min(...coded.map(tierOf));
  return coded.filter((v) => tierOf(v) === highest).at(-1)!;
}

/** Names of the States whose outcome on `dimension` as of `asOf` has this key, from the seed files, sorted as the pages sort. */
export function seedStatesWith(dimension: string, asOf: string, key: string, actors = readSeedActors()): string[] {
  const docsOf = new Map<string, SeedDocument[]>();
  for (const a of actors) {
    for (const d of a.documents) {
      for (const author of d.authors?.length ? d.authors : [a.slug]) docsOf.set(author, [...(docsOf.get(author) ?? []), d]);
    }
  }
  return actors
    .filter((a) => a.kind === 'state' && seedOutcomeKey(docsOf.get(a.slug) ?? [], dimension, asOf) === key)
    .map((a) => a.name)
    .sort((x, y) => x.localeCompare(y, 'en'));
}
