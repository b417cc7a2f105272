import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { listGroups, listRegions } from '@/db/queries/actors';
import { getApplicabilitySeries, listTimelineMarkers } from '@/db/queries/timeline';
import { ApplicabilityChart } from '@/components/charts/applicability-chart';
import { ApplicabilityTable } from '@/components/timeline/applicability-table';
import { Notices } from '@/components/ui/notices';
import { todayIso, formatPartialDate } from '@/lib/dates';
import { ScopeFields } from '@/components/filters/scope-fields';
import type { SearchParams } from '@/lib/search-params';
import { applicabilitySeries, markerPositions, seriesSummary } from '@/lib/timeline-chart';
import { parseTimelineParams, timelineCompareQuery } from '@/lib/timeline-params';

export const metadata: Metadata = { title: 'Timeline' };

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const [regions, groups] = await Promise.all([listRegions(), listGroups()]);
  const { params, notices } = parseTimelineParams(await searchParams, { regions, groups: groups.map((g) => g.slug) });
  const [points, markers] = await Promise.all([getApplicabilitySeries({ kinds: [params.kind], region: params.region, group: params.group }), listTimelineMarkers()]);
  const series = applicabilitySeries();
  const first = points[0]?.asOf ?? '';
  const shownMarkers = markers.filter((m) => m.effective >= first);
  const data = points.map((p) => ({ asOf: p.asOf, ...p.counts }));
  const q = timelineCompareQuery(params);

  return (
    <>
      <h1>How positions on applicability moved</h1>
      <p className="lede">For each month, how many actors held each applicability value at its end, by the as-of rule (a later silence does not erase a stated view).</p>
      <Notices notices={notices} />
      <form className="filters" method="get" action="/timeline" aria-label="Filter the timeline">
        <ScopeFields kind={params.kind} region={params.region} group={params.group} regions={regions} groups={groups} groupLabel="Members of (each month)" />
        <button type="submit">Show</button>
      </form>
      {points.length === 0 ? (
        <p role="status">No document of these actors is tracked.</p>
      ) : (
        <>
          <ApplicabilityChart
            data={data}
            series={series}
            markers={markerPositions(points, shownMarkers.map((m) => m.effective))}
            compareQuery={q.replace(/^\?/, '&')}
            summary={seriesSummary(points, params.kind, series)}
          />
          <form className="filters no-print" method="get" action="/compare" aria-label="Open the comparison as of a date">
            <label>
              Compare all positions as of
              <input type="date" name="asOf" defaultValue={todayIso()} min={first} />
            </label>
            <input type="hidden" name="kind" value={params.kind} />
            {params.region && <input type="hidden" name="region" value={params.region} />}
            {params.group && <input type="hidden" name="group" value={params.group} />}
            <button type="submit">Open comparison</button>
          </form>
          <h2>Key multilateral moments in the data</h2>
          <p className="muted">Numbered as the dashed lines on the chart.</p>
          <ol>
            {shownMarkers.map((m) => (
              <li key={`${m.documentSlug}-${m.actorSlug}`}>
                <time dateTime={m.date}>{formatPartialDate(m.date)}</time> — {m.actorName}:{' '}
                <Link href={`/actors/${m.actorSlug}#doc-${m.documentSlug}`}>{m.title}</Link>
              </li>
            ))}
          </ol>
          <h2>Month by month</h2>
          <ApplicabilityTable points={points} series={series} compareQuery={q} />
        </>
      )}
    </>
  );
}
