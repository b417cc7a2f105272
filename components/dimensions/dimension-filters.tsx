import Link from 'next/link';
import type { DimensionKey } from '@/lib/domain/codebook';
import type { DimensionParams } from '@/lib/url/dimension-params';
import { ScopeFields } from '@/components/filters/scope-fields';
import { dimensionHref } from '@/lib/url/hrefs';

type Props = { dimension: DimensionKey; params: DimensionParams; regions: string[]; groups: { slug: string; name: string }[] };

export function DimensionFilters({ dimension, params, regions, groups }: Props) {
  return (
    <form className="filters" method="get" action={dimensionHref(dimension)} aria-label="Filter actors">
      <ScopeFields
        kind={params.kind}
        region={params.region}
        group={params.group}
        regions={regions}
        groups={groups}
        anyKindLabel="Any kind"
        groupLabel="Members of (at the end date)"
      />
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
      <Link href={dimensionHref(dimension)} className="button secondary">
        Reset
      </Link>
    </form>
  );
}
