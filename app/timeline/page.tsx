import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { loadTimelineView } from '@/server/views/timeline';
import { ApplicabilityChart } from '@/components/charts/applicability-chart';
import { ScopeFields } from '@/components/filters/scope-fields';
import { ApplicabilityTable } from '@/components/timeline/applicability-table';
import { FollowActorsForm, FollowedActors } from '@/components/timeline/follow-actors';
import { CompareDateForm } from '@/components/timeline/compare-date-form';
import { TimelineMarkers } from '@/components/timeline/timeline-markers';
import { Notices } from '@/components/ui/notices';
import type { SearchParams } from '@/lib/url/search-params';
import { latestMoments, MOMENT_LIMIT } from '@/lib/timeline/moments';
import { applicabilitySeries, bandLabels, chartRows, markerPositions, movedMonths, seriesSummary, yearTicks } from '@/lib/timeline/timeline-chart';
import { thenAndNowWith, timelineHref } from '@/lib/url/hrefs';
import { timelineCompareFilters, timelineQuery } from '@/lib/url/timeline-params';

export const metadata: Metadata = { title: 'Timeline' };

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { canonical, params, notices, actors, regions, groups, points, markers, followed } = await loadTimelineView(await searchParams);
  // Actors typed by name: the address becomes the one a link would use (actors=china,united-states).
  if (canonical) redirect(canonical);
  const series = applicabilitySeries();
  // "No document tracked" is counted in the table; drawn, its band (most States) would flatten every other one.
  const drawn = series.filter((s) => s.key !== 'no_document');
  const first = points[0]?.asOf ?? '';
  const moments = latestMoments(
    markers.filter((m) => m.effective >= first),
    params.allMoments ? null : MOMENT_LIMIT,
  );
  const moved = movedMonths(points, series);
  const filters = timelineCompareFilters(params);

  return (
    <>
      <h1>How positions on applicability moved</h1>
      <p className="lede">
        For each month, how many actors held each applicability value at its end, by the as-of rule: a later silence does not erase a stated view, and an actor
        counts as &ldquo;no document tracked&rdquo; until its first document. Every State is counted, as on every page; the chart draws those with a document,
        the table gives every count.
      </p>
      <Notices notices={notices} />
      <FollowActorsForm params={params} actors={actors.filter((a) => a.documentCount > 0)} />
      {followed && <FollowedActors params={params} chart={followed.chart} table={followed.table} />}
      {followed && <h2>All {params.kind === 'state' ? 'States' : 'actors of this kind'}: how many hold each value</h2>}
      <form className="filters" method="get" action={timelineHref()} aria-label="Filter the timeline">
        <ScopeFields kind={params.kind} region={params.region} group={params.group} regions={regions} groups={groups} groupLabel="Members of (each month)" />
        {params.allMoments && <input type="hidden" name="moments" value="all" />}
        {params.actors.length > 0 && <input type="hidden" name="actors" value={params.actors.join(',')} />}
        <button type="submit">Show</button>
      </form>
      {points.length === 0 ? (
        <p role="status">No document of these actors is tracked.</p>
      ) : (
        <>
          <ApplicabilityChart
            steps={chartRows(moved, series)}
            series={drawn}
            markers={markerPositions(
              points,
              moments.shown.map((m) => m.effective),
              moments.first,
            )}
            ticks={yearTicks(points)}
            labels={bandLabels(points, drawn)}
            compareFilters={filters}
            summary={`${seriesSummary(points, params.kind, series)} Those with no document tracked are counted in the table, not drawn.`}
          />
          <CompareDateForm params={params} min={first.slice(0, 8) + '01'} />
          <p className="no-print">
            <Link href={thenAndNowWith({ kind: params.kind, region: params.region, group: params.group })}>
              Then and now: each of these actors&apos; positions at the end of 2015 beside today&apos;s, changes marked
            </Link>
          </p>
          <TimelineMarkers
            moments={moments}
            compareFilters={filters}
            allHref={timelineHref(timelineQuery(params, true))}
            latestHref={params.allMoments && moments.total > MOMENT_LIMIT ? timelineHref(timelineQuery(params, false)) : null}
          />
          <h2>Month by month</h2>
          <ApplicabilityTable rows={moved} series={series} compareFilters={filters} />
        </>
      )}
    </>
  );
}
