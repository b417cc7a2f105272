import type { Metadata } from 'next';
import { connection } from 'next/server';
import { loadTimelineView } from '@/server/views/timeline';
import { ApplicabilityChart } from '@/components/charts/applicability-chart';
import { ScopeFields } from '@/components/filters/scope-fields';
import { ApplicabilityTable } from '@/components/timeline/applicability-table';
import { CompareDateForm } from '@/components/timeline/compare-date-form';
import { TimelineMarkers } from '@/components/timeline/timeline-markers';
import { Notices } from '@/components/ui/notices';
import type { SearchParams } from '@/lib/url/search-params';
import { latestMoments, MOMENT_LIMIT } from '@/lib/timeline/moments';
import { applicabilitySeries, bandLabels, chartRows, markerPositions, movedMonths, seriesSummary, yearTicks } from '@/lib/timeline/timeline-chart';
import { timelineHref } from '@/lib/url/hrefs';
import { timelineCompareFilters, timelineQuery } from '@/lib/url/timeline-params';

export const metadata: Metadata = { title: 'Timeline' };

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { params, notices, regions, groups, points, markers } = await loadTimelineView(await searchParams);
  const series = applicabilitySeries();
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
        counts as &ldquo;no document tracked&rdquo; until its first document.
      </p>
      <Notices notices={notices} />
      <form className="filters" method="get" action={timelineHref()} aria-label="Filter the timeline">
        <ScopeFields kind={params.kind} region={params.region} group={params.group} regions={regions} groups={groups} groupLabel="Members of (each month)" />
        {params.allMoments && <input type="hidden" name="moments" value="all" />}
        <button type="submit">Show</button>
      </form>
      {points.length === 0 ? (
        <p role="status">No document of these actors is tracked.</p>
      ) : (
        <>
          <ApplicabilityChart
            steps={chartRows(moved, series)}
            series={series}
            markers={markerPositions(
              points,
              moments.shown.map((m) => m.effective),
              moments.first,
            )}
            ticks={yearTicks(points)}
            labels={bandLabels(points, series)}
            compareFilters={filters}
            summary={seriesSummary(points, params.kind, series)}
          />
          <CompareDateForm params={params} min={first.slice(0, 8) + '01'} />
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
