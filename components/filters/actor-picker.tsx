import { plural } from '@/lib/domain/plural';
import { ACTOR_KINDS, ACTOR_KIND_LABELS, type ActorKind } from '@/lib/domain/vocabulary';
import { ActorCheckboxes, type CheckboxGroup } from './actor-checkboxes';
import styles from './filters.module.css';

type Actor = { slug: string; name: string; kind: ActorKind };

/**
 * Above this many actors the picker stops listing every one: thousands of checkboxes are megabytes of page on every
 * matrix and briefing render, and nobody scrolls them. The chosen ones stay as checkboxes; more are added by name.
 */
export const PICKER_LIST_LIMIT = 500;

/** Checkboxes named `actors`, grouped by kind: a GET form sends the chosen slugs. */
export function ActorPicker({ actors, chosen }: { actors: readonly Actor[]; chosen: readonly string[] }) {
  if (actors.length > PICKER_LIST_LIMIT) return <ActorsByName actors={actors} chosen={chosen} />;
  const groups: CheckboxGroup[] = ACTOR_KINDS.map((kind) => ({
    label: ACTOR_KIND_LABELS[kind],
    actors: actors.filter((a) => a.kind === kind).map((a) => [a.slug, a.name] as const),
  })).filter((g) => g.actors.length > 0);
  return (
    <fieldset className={styles.actorPicker}>
      <legend className="visually-hidden">Actors</legend>
      <ActorCheckboxes groups={groups} chosen={chosen} />
    </fieldset>
  );
}

/**
 * The large-scope picker: the chosen actors as checkboxes (untick to drop one) and a text field, also named `actors`,
 * for names or slugs separated by commas; the server resolves names (parseSlugs with nameIndex) and names any it
 * does not know in a notice.
 */
function ActorsByName({ actors, chosen }: { actors: readonly Actor[]; chosen: readonly string[] }) {
  const selected = new Set(chosen);
  const rows = actors.filter((a) => selected.has(a.slug)).map((a) => [a.slug, a.name] as const);
  return (
    <fieldset className={styles.actorPicker}>
      <legend className="visually-hidden">Actors</legend>
      <ActorCheckboxes groups={[{ label: null, actors: rows }]} chosen={chosen} />
      <label className={styles.addByName}>
        Add actors by name
        <input type="text" name="actors" autoComplete="off" aria-describedby="actors-by-name-hint" />
      </label>
      <p id="actors-by-name-hint" className="muted">
        {plural(actors.length, 'actor')} are tracked, too many to list here: type names separated by commas, e.g. &ldquo;{actors[0]?.name}, {actors[1]?.name}
        &rdquo;.
      </p>
    </fieldset>
  );
}
