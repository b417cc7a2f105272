import { ACTOR_KINDS, ACTOR_KIND_LABELS, type ActorKind } from '@/lib/domain/vocabulary';
import styles from './filters.module.css';

type Actor = { slug: string; name: string; kind: ActorKind };

/** Checkboxes named `actors`, grouped by kind: a GET form sends the chosen slugs. */
export function ActorPicker({ actors, chosen }: { actors: readonly Actor[]; chosen: readonly string[] }) {
  const selected = new Set(chosen);
  return (
    <fieldset className={styles.actorPicker}>
      <legend className="visually-hidden">Actors</legend>
      {ACTOR_KINDS.map((kind) => {
        const ofKind = actors.filter((a) => a.kind === kind);
        return ofKind.length === 0 ? null : (
          <div key={kind}>
            <p className={styles.kindHeading}>{ACTOR_KIND_LABELS[kind]}</p>
            {ofKind.map((a) => (
              <label key={a.slug}>
                <input type="checkbox" name="actors" value={a.slug} defaultChecked={selected.has(a.slug)} /> {a.name}
              </label>
            ))}
          </div>
        );
      })}
    </fieldset>
  );
}
