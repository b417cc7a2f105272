import type { ChangesParams } from '@/lib/url/changes-params';

type ActorOption = { slug: string; name: string };

/** Actor, period and what to show; a GET form, so every filtered view is a shareable link. */
export function ChangesFilters({ params, actors }: { params: ChangesParams; actors: ActorOption[] }) {
  return (
    <form className="filters" method="get" action="/changes" aria-label="Filter changes">
      <label>
        Actor
        <select name="actor" defaultValue={params.actor ?? ''}>
          <option value="">All actors</option>
          {actors.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
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
