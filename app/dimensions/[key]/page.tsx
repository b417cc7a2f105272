import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { loadDimensionView } from '@/server/views/dimension';
import { DimensionFilters } from '@/components/dimensions/dimension-filters';
import { DimensionGroups } from '@/components/dimensions/dimension-groups';
import { SideBySideWording } from '@/components/dimensions/side-by-side-wording';
import { Notices } from '@/components/ui/notices';
import { CoverageLine } from '@/components/coverage/coverage-line';
import { DIMENSIONS, DIMENSION_LABELS, getDimension, isDimensionKey } from '@/lib/domain/codebook';
import { plural } from '@/lib/domain/plural';
import { stateCountText } from '@/lib/domain/state-counts';
import { dimensionQuery } from '@/lib/url/dimension-params';
import type { SearchParams } from '@/lib/url/search-params';
import { apiHref, compareWith, dimensionHref } from '@/lib/url/hrefs';

type Props = { params: Promise<{ key: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { key } = await params;
  return { title: isDimensionKey(key) ? `${DIMENSION_LABELS[key]} across actors` : 'Dimension not found' };
}

export default async function DimensionPage({ params, searchParams }: Props) {
  await connection();
  const loaded = await loadDimensionView((await params).key, await searchParams);
  if (!loaded) notFound();
  const { dimension: key, params: p, notices, view, regions, groups, all, gap, wording } = loaded;
  const q = dimensionQuery(p);
  return (
    <>
      <nav aria-label="Dimensions" className="no-print">
        <p>
          {DIMENSIONS.map((d, i) => (
            <span key={d.key}>
              {i > 0 && ' · '}
              {d.key === key ? (
                <strong aria-current="page">{DIMENSION_LABELS[d.key]}</strong>
              ) : (
                <Link href={dimensionHref(d.key, q)}>{DIMENSION_LABELS[d.key]}</Link>
              )}
            </span>
          ))}
        </p>
      </nav>
      <h1>{DIMENSION_LABELS[key]} across actors</h1>
      <p className="lede">{getDimension(key).question}</p>
      <CoverageLine
        id="coverage-line"
        label={DIMENSION_LABELS[key]}
        coverage={all}
        asOf={p.to}
        notCodedHref={compareWith({ value: `${key}:not_coded`, asOf: p.to })}
      />
      <Notices notices={notices} />
      <DimensionFilters dimension={key} params={p} regions={regions} groups={groups} />
      <p>
        As of <strong>{p.to}</strong>
        {p.from ? `, counting only documents from ${p.from}` : ''}; {plural(view.rows.length, 'actor')}
        {p.includeExperts ? ', expert bodies and courts included (labelled: not State positions)' : '; expert bodies and courts excluded'}.
        {view.undocumented > 0 &&
          ` ${plural(view.undocumented, 'actor')} in scope with no document tracked ${view.undocumented === 1 ? 'is' : 'are'} not listed.`}
      </p>
      {gap && (
        <p id="filter-gap" role="note">
          {gap}
        </p>
      )}
      <ul className="no-print" aria-label="Counts by position" id="state-counts">
        {view.groups.map((g) => (
          <li key={g.key} data-key={g.key} data-count={g.count}>
            {g.label}: {stateCountText(g)}
          </li>
        ))}
      </ul>
      <p className="no-print">
        Download this view: <a href={apiHref(`dimensions/${key}`, q, 'csv')}>CSV</a> · <a href={apiHref(`dimensions/${key}`, q, 'json')}>JSON</a>
      </p>
      <SideBySideWording
        dimension={key}
        columns={wording.columns}
        options={wording.options}
        chosen={wording.chosen}
        sourced={loaded.sourced}
        hidden={Object.fromEntries(new URLSearchParams(q))}
      />
      <DimensionGroups dimension={key} groups={view.groups} asOf={p.to} />
    </>
  );
}
