import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { listGroups, listRegions } from '@/db/queries/actors';
import { getDimensionView } from '@/db/queries/dimension-view';
import { DimensionFilters } from '@/components/dimensions/dimension-filters';
import { DimensionGroups } from '@/components/dimensions/dimension-groups';
import { Notices } from '@/components/ui/notices';
import { DIMENSIONS, DIMENSION_LABELS, getDimension, isDimensionKey } from '@/lib/codebook';
import { dimensionQuery, parseDimensionParams } from '@/lib/dimension-params';
import type { SearchParams } from '@/lib/search-params';
import { plural } from '@/lib/plural';
import { getDimensionWording } from '@/db/queries/dimension-wording';
import { SideBySideWording } from '@/components/dimensions/side-by-side-wording';
import { parseWordingActors } from '@/lib/dimension-wording';

type Props = { params: Promise<{ key: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { key } = await params;
  return { title: isDimensionKey(key) ? `${DIMENSION_LABELS[key]} across actors` : 'Dimension not found' };
}

export default async function DimensionPage({ params, searchParams }: Props) {
  await connection();
  const { key } = await params;
  if (!isDimensionKey(key)) notFound();
  const [regions, groups] = await Promise.all([listRegions(), listGroups()]);
  const { params: p, notices } = parseDimensionParams(await searchParams, { regions, groups: groups.map((g) => g.slug) });
  const view = await getDimensionView(key, p);
  const q = dimensionQuery(p);
  const options = view.rows.map((r) => ({ slug: r.actor.slug, name: r.actor.name })).sort((a, b) => a.name.localeCompare(b.name));
  const wording = parseWordingActors(await searchParams, new Set(options.map((o) => o.slug)));
  const columns = await getDimensionWording(key, wording.value, p.to);
  const exportBase = `/api/v1/dimensions/${key}${q ? `${q}&` : '?'}`;
  return (
    <>
      <nav aria-label="Dimensions" className="no-print">
        <p>
          {DIMENSIONS.map((d, i) => (
            <span key={d.key}>
              {i > 0 && ' · '}
              {d.key === key ? <strong aria-current="page">{DIMENSION_LABELS[d.key]}</strong> : <Link href={`/dimensions/${d.key}${q}`}>{DIMENSION_LABELS[d.key]}</Link>}
            </span>
          ))}
        </p>
      </nav>
      <h1>{DIMENSION_LABELS[key]} across actors</h1>
      <p className="lede">{getDimension(key).question}</p>
      <Notices notices={[...notices, ...wording.notices]} />
      <DimensionFilters dimension={key} params={p} regions={regions} groups={groups} />
      <p>
        As of <strong>{p.to}</strong>
        {p.from ? `, counting only documents from ${p.from}` : ''}; {plural(view.rows.length, 'actor')}
        {p.includeExperts ? ', expert bodies and courts included (labelled: not State positions)' : '; expert bodies and courts excluded'}.
      </p>
      <ul className="no-print" aria-label="Counts by position">
        {view.groups.map((g) => (
          <li key={g.key}>
            {g.label}: {g.count}
          </li>
        ))}
      </ul>
      <p className="no-print">
        Download this view: <a href={`${exportBase}format=csv`}>CSV</a> · <a href={`${exportBase}format=json`}>JSON</a>
      </p>
      <SideBySideWording dimension={key} columns={columns} options={options} chosen={wording.value} hidden={Object.fromEntries(new URLSearchParams(q))} />
      <DimensionGroups dimension={key} groups={view.groups} asOf={p.to} />
    </>
  );
}
