import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { loadCompareView } from '@/server/views/compare';
import { pageOrigin } from '@/server/http/site-origin';
import { CompareControls } from '@/components/compare/compare-controls';
import { CompareMatrix } from '@/components/compare/compare-matrix';
import { EvidenceDrawer } from '@/components/compare/evidence-drawer';
import { MatrixLegend } from '@/components/compare/matrix-legend';
import { MatrixViewToggle } from '@/components/compare/matrix-view-toggle';
import { AfterMatrix, ViewBar } from '@/components/compare/view-bar';
import { Pager } from '@/components/ui/pager';
import { Notices } from '@/components/ui/notices';
import { viewSummary } from '@/lib/compare/view-summary';
import { DIMENSION_LABELS } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import { listNames } from '@/lib/domain/list-names';
import { plural } from '@/lib/domain/plural';
import { compareQuery } from '@/lib/url/compare-params';
import { toQuery, type SearchParams } from '@/lib/url/search-params';
import { apiHref, briefingHref, compareHref, mapHref, thenAndNowWith } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Compare positions' };

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { params, notices, view, cell, actors, regions, groups, coverage, valueCount, gap, release } = await loadCompareView(await searchParams);
  // The matrix's style element needs this response's CSP nonce (proxy.ts).
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const query = compareQuery(params, { cell: null });
  const pageHref = (page: number) => compareHref(compareQuery(params, { cell: null, page: page > 1 ? String(page) : null }));
  const summary = viewSummary(params, view.dims, view.page.total, actors);
  const printFooter = `${await pageOrigin()}${compareHref(query)} · positions as of ${params.asOf} · dataset release ${release.version ?? 'unknown'}${release.date ? ` (${release.date})` : ''}`;
  const scopeOnly = compareQuery(params, {
    cell: null,
    sort: null,
    value: null,
    minConfidence: null,
    kind: null,
    region: null,
    view: null,
    page: null,
    evidence: null,
    columns: null,
  });
  const undocumented = view.undocumented > 0 && (
    <p id="undocumented-note" data-undocumented={view.undocumented} className={params.showUndocumented ? undefined : 'muted'}>
      {plural(view.undocumented, params.kind === 'state' || (!params.kind && !params.region && !params.group) ? 'State' : 'actor')} in this view{' '}
      {view.undocumented === 1 ? 'has' : 'have'} no document tracked and {view.undocumented === 1 ? 'is' : 'are'} not listed.{' '}
      <a href={compareHref(compareQuery(params, { cell: null, undocumented: 'show', page: null }))}>Show them too</a>
    </p>
  );

  const tools = (
    <>
      <MatrixViewToggle params={params} />
      <span>
        Download: <a href={apiHref('compare', query, 'csv')}>CSV</a> · <a href={apiHref('compare', query, 'json')}>JSON</a>
      </span>
      <a href={briefingHref(scopeOnly)}>Make a briefing of these actors</a>
      <a href={mapHref(toQuery({ dim: params.sort.key === 'name' ? null : params.sort.key, asOf: params.asOf, actors: params.actors }))}>See on the map</a>
      <a href={thenAndNowWith({ actors: params.actors, kind: params.kind, region: params.region, group: params.group, now: params.asOf })}>
        Then and now: these positions beside those of an earlier date
      </a>
    </>
  );

  return (
    <div className="compare-page">
      <h1>Compare positions as of {formatPartialDate(params.asOf)}</h1>
      <Notices notices={notices} />
      <ViewBar
        summary={summary}
        note={
          <>
            {undocumented}
            {params.showUndocumented && (
              <p className="no-print">
                Listing actors with no document tracked too.{' '}
                <a href={compareHref(compareQuery(params, { cell: null, undocumented: null, page: null }))}>Only those with documents</a>
              </p>
            )}
            {view.uncodedDims.length > 0 && (
              <p id="uncoded-columns">
                Not shown, coded for no one in this view: {listNames.join(view.uncodedDims.map((d) => DIMENSION_LABELS[d]))}.{' '}
                <a href={compareHref(compareQuery(params, { cell: null, columns: null }))}>Show every chosen dimension</a>
              </p>
            )}
            {valueCount && (
              <p id="value-count" data-dimension={valueCount.dimension} data-key={valueCount.key} data-count={valueCount.states.count}>
                {valueCount.text}
                {gap && (
                  <>
                    {' '}
                    <span id="filter-gap">{gap}</span>
                  </>
                )}
              </p>
            )}
          </>
        }
        tools={tools}
      >
        <CompareControls params={params} actors={actors} regions={regions} groups={groups} />
      </ViewBar>
      <MatrixLegend dims={view.dims} compact={params.view === 'compact'} id="matrix-legend" phone={false} />
      <Pager page={view.page} hrefOf={pageHref} position="top" />
      {view.rows.length === 0 ? (
        <p role="status">No actor matches these filters.</p>
      ) : (
        <CompareMatrix rows={view.rows} params={params} dims={view.dims} coverage={coverage} nonce={nonce} printFooter={printFooter} />
      )}
      <Pager page={view.page} hrefOf={pageHref} position="bottom" />
      <AfterMatrix tools={tools} legend={<MatrixLegend dims={view.dims} compact={params.view === 'compact'} id="matrix-legend-after" phone />} />
      <p className="print-only">{printFooter}</p>
      <EvidenceDrawer initial={cell} asOf={params.asOf} closeHref={compareHref(query)} />
    </div>
  );
}
