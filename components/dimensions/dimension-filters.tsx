import Link from 'next/link';
import type { DimensionParams } from '@/lib/dimension-params';
import { ACTOR_KINDS, ACTOR_KIND_LABELS } from '@/lib/domain';

type Props = { dimension: string; params: DimensionParams; regions: string[]; groups: { slug: string; name: string }[] };

export function DimensionFilters({ dimension, params, regions, groups }: Props) {
  return (
    <form className="filters" method="get" action={`/dimensions/${dimension}`} aria-label="Filter actors">
      <label>
        Kind
        <select name="kind" defaultValue={params.kind ?? ''}>
          <option value="">Any kind</option>
          {ACTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {ACTOR_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Region
        <select name="region" defaultValue={params.region ?? ''}>
          <option value="">Any region</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        Members of (at the end date)
        <select name="group" defaultValue={params.group ?? ''}>
          <option value="">No group</option>
          {groups.map((g) => (
            <option key={g.slug} value={g.slug}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Documents from
        <input type="date" name="from" defaultValue={params.from ?? ''} />
      </label>
      <label>
        to (as of)
        <input type="date" name="to" defaultValue={params.to} />
      </label>
      <label style={{ flexDirection: 'row', alignItems: 'center', gap: '0.35rem' }}>
        <input type="checkbox" name="experts" value="include" defaultChecked={params.includeExperts} /> Include expert bodies and courts
      </label>
      <button type="submit">Show</button>
      <Link href={`/dimensions/${dimension}`} className="button secondary">
        Reset
      </Link>
    </form>
  );
}
