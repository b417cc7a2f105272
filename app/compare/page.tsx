import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { loadCompareView } from '@/server/views/compare';
import { CompareControls } from '@/components/compare/compare-controls';
import { CompareMatrix } from '@/components/compare/compare-matrix';
import { EvidencePanel } from '@/components/compare/evidence-panel';
import { Pager } from '@/components/ui/pager';
import { Notices } from '@/components/ui/notices';
import { compareQuery } from '@/lib/url/compare-params';
import { formatPartialDate } from '@/lib/domain/dates';
import type { SearchParams } from '@/lib/url/search-params';
import { apiHref, briefingHref, compareHref, evidenceHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Compare positions' };

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { params, notices, view, cell, actors, regions, groups, coverage, gap } = await loadCompareView(await searchParams);
  // The card labels' style element needs this response's CSP nonce (proxy.ts).
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const query = compareQuery(params, { cell: null });
  const pageHref = (page: number) => compareHref(compareQuery(params, { cell: null, page: page > 1 ? String(page) : null }));

  return (
    <>
      <h1>Compare positions</h1>
      <p className="lede">Every actor against every dimension of the codebook, as of one date. Each cell opens the evidence it rests on.</p>
      <Notices notices={notices} />
      <CompareControls params={params} actors={actors} regions={regions} groups={groups} />
      <h2 id="as-of-heading">
        Positions as of {formatPartialDate(params.asOf)} <span className="muted">({params.asOf})</span>
      </h2>
      <p className="muted">
        {view.rows.length} row{view.rows.length === 1 ? '' : 's'} × {params.dims.length} dimension{params.dims.length === 1 ? '' : 's'}. Only documents dated on
        or before {params.asOf} count (a date known to the month or year counts from the end of that period). Under each heading: for how many of the UN member
        States the dimension is coded as of this date.
      </p>
      {view.undocumented > 0 && (
        <p id="undocumented-note" data-undocumented={view.undocumented}>
          {view.undocumented} {params.kind === 'state' || (!params.kind && !params.region && !params.group) ? 'States' : 'actors'} in this view have no document
          tracked and are not listed. <Link href={compareHref(compareQuery(params, { cell: null, undocumented: 'show', page: null }))}>Show them too</Link>
        </p>
      )}
      {params.showUndocumented && (
        <p className="no-print">
          Listing actors with no document tracked too.{' '}
          <Link href={compareHref(compareQuery(params, { cell: null, undocumented: null, page: null }))}>Only those with documents</Link>
        </p>
      )}
      {gap && (
        <p id="filter-gap" role="note">
          {gap}
        </p>
      )}
      <p className="no-print">
        Download this view: <a href={apiHref('compare', query, 'csv')}>CSV</a> · <a href={apiHref('compare', query, 'json')}>JSON</a> ·{' '}
        <Link
          href={briefingHref(
            compareQuery(params, { cell: null, sort: null, value: null, minConfidence: null, kind: null, region: null, view: null, page: null }),
          )}
        >
          Make a briefing
        </Link>
      </p>
      {cell && (
        <EvidencePanel cell={cell} closeHref={compareHref(query)} deepLink={evidenceHref({ actor: cell.actor.slug, dim: cell.dimension, asOf: params.asOf })} />
      )}
      <Pager page={view.page} hrefOf={pageHref} position="top" />
      {view.rows.length === 0 ? (
        <p role="status">No actor matches these filters.</p>
      ) : (
        <CompareMatrix rows={view.rows} params={params} coverage={coverage} nonce={nonce} />
      )}
      <Pager page={view.page} hrefOf={pageHref} position="bottom" />
    </>
  );
}
