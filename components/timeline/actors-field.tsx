import { ActorPicker } from '@/components/filters/actor-picker';
import { listNames } from '@/lib/domain/list-names';
import type { ActorKind } from '@/lib/domain/vocabulary';

type Actor = { slug: string; name: string; kind: ActorKind };

/**
 * Choosing several actors in a GET form (/changes, /timeline, then and now): a text field for names, aliases or ISO
 * codes ("China, US"; resolved on the server, lib/url/actors-param.ts) and the picker's list, where the chosen ones are
 * ticked. Both send `actors`, so the form works without JavaScript.
 */
export function ActorsField({ actors, chosen, id }: { actors: readonly Actor[]; chosen: readonly string[]; id: string }) {
  const names = chosen.map((slug) => actors.find((a) => a.slug === slug)?.name ?? slug);
  return (
    <fieldset className="actors-field">
      <legend>Actors</legend>
      <label>
        Actors to follow
        <input type="text" name="actors" autoComplete="off" aria-describedby={`${id}-hint`} size={28} />
      </label>
      <p id={`${id}-hint`} className="muted">
        Names or codes, separated by commas (e.g. China, US).{names.length ? ` Chosen: ${listNames.join(names)} (untick below to drop one).` : ''}
      </p>
      <details>
        <summary>Choose from the list{chosen.length ? ` (${chosen.length} chosen)` : ''}</summary>
        <ActorPicker actors={actors} chosen={chosen} />
      </details>
    </fieldset>
  );
}
