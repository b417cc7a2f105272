import Link from 'next/link';
import { ScopeFields } from '@/components/filters/scope-fields';
import { ActorPicker } from '@/components/filters/actor-picker';
import { DimensionChecks } from '@/components/filters/dimension-fields';
import type { ActorKind } from '@/lib/domain/vocabulary';
import { thenAndNowHref } from '@/lib/url/hrefs';
import type { ThenAndNowParams } from '@/lib/url/then-and-now-params';

type Option = { slug: string; name: string };
type Props = { params: ThenAndNowParams; dims: string[]; actors: (Option & { kind: ActorKind; iso3?: string | null })[]; regions: string[]; groups: Option[] };

/** A GET form: actors (or a scope), the two dates, the dimensions and "only what changed"; every view is a link. */
export function ThenAndNowForm({ params, dims, actors, regions, groups }: Props) {
  return (
    <form className="filters" method="get" action={thenAndNowHref()} aria-label="Choose actors and dates">
      <ActorPicker actors={actors} chosen={params.actors} blocs={groups.map((g) => g.slug)} />
      <label>
        Then
        <input type="date" name="then" defaultValue={params.then} required />
      </label>
      <label>
        Now
        <input type="date" name="now" defaultValue={params.now} required />
      </label>
      <details>
        <summary>More: dimensions, kind, region, group</summary>
        <fieldset>
          <legend>Dimensions (none ticked: those coded for these actors)</legend>
          <DimensionChecks chosen={params.dims === null ? [] : dims} labelClassName="inline-check" />
        </fieldset>
        <ScopeFields
          kind={params.kind}
          region={params.region}
          group={params.group}
          regions={regions}
          groups={groups}
          anyKindLabel={params.actors.length || params.region || params.group ? 'Any kind' : 'States (default)'}
        />
      </details>
      <label className="inline-check">
        <input type="checkbox" name="changed" value="only" defaultChecked={params.changedOnly} /> Only actors with a change
      </label>
      <button type="submit">Show</button>
      <Link href={thenAndNowHref()} className="button secondary">
        Reset
      </Link>
    </form>
  );
}
