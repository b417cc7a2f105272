import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { listActors, listGroups, listRegions } from '@/db/queries/actors';
import { getCompareView, getCompareVocabulary } from '@/db/queries/compare';
import { getCellEvidence } from '@/db/queries/evidence';
import { CompareControls } from '@/components/compare/compare-controls';
import { CompareMatrix } from '@/components/compare/compare-matrix';
import { EvidencePanel } from '@/components/compare/evidence-panel';
import { Notices } from '@/components/ui/notices';
import { compareQuery, parseCompareParams } from '@/lib/compare-params';
import { formatPartialDate } from '@/lib/dates';
import type { SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Compare positions' };

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { params, notices } = parseCompareParams(await searchParams, await getCompareVocabulary());
  const [view, actors, regions, groups] = await Promise.all([getCompareView(params), listActors(), listRegions(), listGroups()]);
  const cell = params.cell ? await getCellEvidence(params.cell.actor, params.cell.dimension, params.asOf) : null;
  const query = compareQuery(params, { cell: null });
  const exportQuery = query ? `${query}&` : '?';

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
        {view.rows.length} row{view.rows.length === 1 ? '' : 's'} × {params.dims.length} dimension{params.dims.length === 1 ? '' : 's'}. Only documents dated
        on or before {params.asOf} count (a date known to the month or year counts from the end of that period).
      </p>
      <p className="no-print">
        Download this view: <a href={`/api/v1/compare${exportQuery}format=csv`}>CSV</a> · <a href={`/api/v1/compare${exportQuery}format=json`}>JSON</a> ·{' '}
        <Link href={`/briefing${compareQuery(params, { cell: null, sort: null, value: null, minConfidence: null, kind: null, region: null, view: null })}`}>Make a briefing</Link>
      </p>
      {cell && (
        <EvidencePanel
          cell={cell}
          closeHref={`/compare${query}`}
          deepLink={`/compare/evidence?actor=${cell.actor.slug}&dim=${cell.dimension}&asOf=${params.asOf}`}
        />
      )}
      {view.rows.length === 0 ? <p role="status">No actor matches these filters.</p> : <CompareMatrix rows={view.rows} params={params} />}
    </>
  );
}
