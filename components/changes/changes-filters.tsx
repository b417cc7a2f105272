import { ActorPicker } from '@/components/filters/actor-picker';
import type { ActorKind } from '@/lib/domain/vocabulary';
import type { ChangesParams } from '@/lib/url/changes-params';
import { changesHref } from '@/lib/url/hrefs';

type ActorOption = { slug: string; name: string; kind: ActorKind; iso3?: string | null };

/** Actors, period and what to show; a GET form, so every filtered view is a shareable link. */
export function ChangesFilters({ params, actors }: { params: ChangesParams; actors: ActorOption[] }) {
  return (
    <form className="filters" method="get" action={changesHref()} aria-label="Filter changes">
      <ActorPicker actors={actors} chosen={params.actors} />
      <label>
        From (YYYY, YYYY-MM or YYYY-MM-DD)
        <input type="text" name="from" defaultValue={params.from ?? ''} size={10} pattern="\d{4}(-\d{2}){0,2}" />
      </label>
      <label>
        To (same forms)
        <input type="text" name="to" defaultValue={params.to ?? ''} size={10} pattern="\d{4}(-\d{2}){0,2}" />
      </label>
      <label>
        Show
        <select name="show" defaultValue={params.changesOnly ? 'changes' : 'all'}>
          <option value="all">Every new document</option>
          <option value="changes">Only documents that changed a value</option>
        </select>
      </label>
      <button type="submit">Show</button>
    </form>
  );
}
