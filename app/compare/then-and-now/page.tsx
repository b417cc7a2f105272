import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { loadThenAndNowView } from '@/server/views/then-and-now';
import { ThenAndNowChanges } from '@/components/then-and-now/then-and-now-changes';
import { ThenAndNowForm } from '@/components/then-and-now/then-and-now-form';
import { CHANGE_MARKS, ThenAndNowTable } from '@/components/then-and-now/then-and-now-table';
import { Notices } from '@/components/ui/notices';
import { DIMENSION_KEYS, DIMENSION_LABELS } from '@/lib/domain/codebook';
import { listNames } from '@/lib/domain/list-names';
import { plural } from '@/lib/domain/plural';
import type { SearchParams } from '@/lib/url/search-params';
import { changesHref, compareWith, thenAndNowHref } from '@/lib/url/hrefs';
import { changesQuery } from '@/lib/url/changes-params';
import { thenAndNowQuery } from '@/lib/url/then-and-now-params';
import { dayAfter } from '@/lib/then-and-now/then-and-now';

export const metadata: Metadata = { title: 'Then and now' };

export default async function ThenAndNowPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const view = await loadThenAndNowView(await searchParams);
  // Actors typed by name: the address becomes the one a link would use.
  if (view.canonical) redirect(view.canonical);
  const { today, params, dims, leftOut, rows, totalActors } = view;
  const nowLabel = params.now === today ? `today (${today})` : params.now;
  const cells = rows.reduce((n, r) => n + r.cells.length, 0);
  const changed = rows.reduce((n, r) => n + r.cells.filter((c) => c.change === 'position').length, 0);
  const actorsQuery = params.actors.length ? params.actors : null;
  return (
    <>
      <h1>Then and now</h1>
      <p className="lede">
        Positions at two dates side by side, by the as-of rule: a cell is marked when the position on the later date differs from the one on the earlier date.
      </p>
      <Notices notices={view.notices} />
      <ThenAndNowForm params={params} dims={dims} actors={view.actors.filter((a) => a.documentCount > 0)} regions={view.regions} groups={view.groups} />
      <p id="tn-summary" data-changed={changed} data-cells={cells}>
        <strong>
          {changed} of {plural(cells, 'cell')} changed
        </strong>{' '}
        between {params.then} and {nowLabel} ({plural(rows.length, 'actor')}
        {rows.length < totalActors ? ` of ${totalActors}: only those with a change` : ''}). Legend:{' '}
        <span aria-hidden="true">{CHANGE_MARKS.position.symbol}</span> {CHANGE_MARKS.position.text} (the position moved);{' '}
        <span aria-hidden="true">{CHANGE_MARKS.record.symbol}</span> {CHANGE_MARKS.record.text} (no position either side).
      </p>
      {leftOut.length > 0 && (
        <p id="tn-left-out" className="muted">
          Not shown, because no actor here has a coded value on them at either date: {listNames.join(leftOut.map((d) => DIMENSION_LABELS[d]))}.{' '}
          <Link href={thenAndNowHref(thenAndNowQuery(params, today, { dims: DIMENSION_KEYS.join(',') }))}>Show all nine dimensions</Link>
        </p>
      )}
      {rows.length === 0 ? (
        <p role="status">No actor matches this choice.</p>
      ) : (
        <ThenAndNowTable rows={rows} dims={dims} then={params.then} now={params.now} nowLabel={nowLabel} />
      )}
      <ThenAndNowChanges rows={rows} then={params.then} nowLabel={nowLabel} />
      <p className="no-print">
        Step by step:{' '}
        <Link href={changesHref(changesQuery({ actors: params.actors, from: dayAfter(params.then), to: null, changesOnly: true, page: 1 }))}>
          every change since {params.then}
        </Link>{' '}
        · the matrix as of <Link href={compareWith({ actors: actorsQuery?.join(',') ?? null, asOf: params.then })}>{params.then}</Link> and{' '}
        <Link href={compareWith({ actors: actorsQuery?.join(',') ?? null, asOf: params.now === today ? null : params.now })}>{nowLabel}</Link>
      </p>
    </>
  );
}
