import { actorNameIndex } from '@/lib/domain/actor-names';
import { plural } from '@/lib/domain/plural';
import { ACTOR_KIND_LABELS, type ActorKind } from '@/lib/domain/vocabulary';
import type { ActorOption } from '@/lib/compare/actor-match';
import { ActorCombobox } from './actor-combobox';

type Actor = { slug: string; name: string; kind: ActorKind; iso3?: string | null };

/** Every name each actor answers to (lib/domain/actor-names.ts), normalised, by slug. */
function namesBySlug(actors: readonly Actor[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, slug] of actorNameIndex(actors.map((a) => ({ ...a, iso3: a.iso3 ?? null })))) {
    const names = out.get(slug);
    if (names) names.push(name);
    else out.set(slug, [name]);
  }
  return out;
}

/**
 * Each actor's option row, by slug. The list is one shared array per content version (db/queries/actors.ts), so the
 * rows — some 1,500 names normalised — are made once per list, not on every render of a form (shared, read-only).
 */
function optionRows(actors: readonly Actor[]): Map<string, ActorOption> {
  let rows = optionRowsOf.get(actors);
  if (!rows) {
    const names = namesBySlug(actors);
    rows = new Map(
      actors.map((a): [string, ActorOption] => [
        a.slug,
        [a.slug, a.name, [ACTOR_KIND_LABELS[a.kind], a.iso3].filter(Boolean).join(' · '), (names.get(a.slug) ?? []).join('|')],
      ]),
    );
    optionRowsOf.set(actors, rows);
  }
  return rows;
}

const optionRowsOf = new WeakMap<readonly Actor[], Map<string, ActorOption>>();

/**
 * Above this many actors the picker stops offering every one as a suggestion: thousands of rows are megabytes of page
 * on every matrix and briefing render. The chosen ones stay as chips; more are added by name (resolved by the server).
 */
export const PICKER_LIST_LIMIT = 500;

/** The combobox's compact rows: every actor up to the limit, beyond it only the chosen ones. */
/**
 * The actor field of a filter form: a combobox with chips (actor-combobox.tsx). `blocs`: group actors whose members
 * the form's `group` field can select (pass them only when the form has one).
 */
export function pickerOptions(actors: readonly Actor[], chosen: readonly string[]): ActorOption[] {
  const picked = new Set(chosen);
  const offered = actors.length > PICKER_LIST_LIMIT ? actors.filter((a) => picked.has(a.slug)) : actors;
  const rows = optionRows(offered);
  // The chosen ones in the order chosen, then the rest alphabetically (the list is already by name).
  const first = chosen.filter((s) => rows.has(s)).map((s) => rows.get(s)!);
  return [...first, ...offered.filter((a) => !picked.has(a.slug)).map((a) => rows.get(a.slug)!)];
}

export function ActorPicker({ actors, chosen, blocs }: { actors: readonly Actor[]; chosen: readonly string[]; blocs?: readonly string[] }) {
  const large = actors.length > PICKER_LIST_LIMIT;
  const hint = large
    ? `${plural(actors.length, 'actor')} are tracked, too many to suggest: type names or codes separated by commas, e.g. “${actors[0]?.name}, US”.`
    : 'Type a name, an ISO code or a short name (US, UK, EU), then pick from the list. Without script, type names or codes separated by commas.';
  return <ActorCombobox options={pickerOptions(actors, chosen)} chosen={chosen} blocs={large ? [] : blocs} hint={hint} />;
}
