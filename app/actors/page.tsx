import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { loadActorsView } from '@/server/views/actors';
import { SelectField } from '@/components/filters/select-field';
import { OutcomeLabel } from '@/components/positions/outcome-label';
import { Notices } from '@/components/ui/notices';
import { actorListPageQuery, actorListQuery, type ActorListParams, type ActorSortKey } from '@/lib/url/actor-list';
import { Pager } from '@/components/ui/pager';
import { plural } from '@/lib/domain/plural';
import { ACTOR_KINDS, ACTOR_KIND_LABELS } from '@/lib/domain/vocabulary';
import type { SearchParams } from '@/lib/url/search-params';
import { actorHref, actorsHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Actors' };

function SortHeader({ params, sortKey, label }: { params: ActorListParams; sortKey: ActorSortKey; label: string }) {
  const active = params.sort.key === sortKey;
  const nextDesc = active ? !params.sort.desc : false;
  return (
    <th scope="col" aria-sort={active ? (params.sort.desc ? 'descending' : 'ascending') : 'none'}>
      <Link href={actorsHref(actorListQuery(params, { sort: `${nextDesc ? '-' : ''}${sortKey}` }))}>
        {label}
        <span aria-hidden="true">{active ? (params.sort.desc ? ' ▼' : ' ▲') : ' ⇅'}</span>
        <span className="visually-hidden">
          {active ? ` (sorted ${params.sort.desc ? 'descending' : 'ascending'}; activate to reverse)` : ' (activate to sort)'}
        </span>
      </Link>
    </th>
  );
}

export default async function ActorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { params, notices, regions, today, rows, page, states, statesWithout } = await loadActorsView(await searchParams);
  const hrefOf = (n: number) => actorsHref(actorListPageQuery(params, n));

  return (
    <>
      <h1>Actors</h1>
      <p className="lede">
        Every UN member State, and the regional organisations, multilateral and expert bodies and courts whose documents the tracker holds. A State with no
        document tracked is listed as such: the tracker has not found or not yet added a document of it, which says nothing about its view.
      </p>
      {states.length > 0 && (
        <p id="state-count">
          {states.length} State{states.length === 1 ? '' : 's'} in this list: {states.length - statesWithout} with at least one document, {statesWithout} with
          no document tracked.
        </p>
      )}
      <Notices notices={notices} />
      <form className="filters" method="get" action="/actors">
        <SelectField
          label="Kind"
          name="kind"
          value={params.kind}
          options={ACTOR_KINDS.map((k) => ({ value: k, label: ACTOR_KIND_LABELS[k] }))}
          emptyLabel="All kinds"
        />
        <SelectField label="Region" name="region" value={params.region} options={regions.map((r) => ({ value: r, label: r }))} emptyLabel="All regions" />
        <SelectField
          label="Documents"
          name="documents"
          value={params.documents}
          options={[
            { value: 'with', label: 'With documents' },
            { value: 'without', label: 'No document tracked' },
          ]}
          emptyLabel="With or without"
        />
        {params.sort.key !== 'name' || params.sort.desc ? <input type="hidden" name="sort" value={`${params.sort.desc ? '-' : ''}${params.sort.key}`} /> : null}
        <button type="submit">Filter</button>
        {(params.kind || params.region || params.documents) && (
          <Link href="/actors" className="button secondary">
            Clear
          </Link>
        )}
      </form>
      <Pager page={page} hrefOf={hrefOf} position="top" />
      <table id="actors-table" className="phone-cards sortable">
        <caption id="actors-caption">
          {plural(page.total, 'actor')}
          {page.pages > 1 ? `, ${page.start + 1}–${page.end} on this page` : ''}; applicability as of {today}
        </caption>
        <thead>
          <tr>
            <SortHeader params={params} sortKey="name" label="Actor" />
            <SortHeader params={params} sortKey="kind" label="Kind" />
            <SortHeader params={params} sortKey="region" label="Region" />
            <SortHeader params={params} sortKey="documents" label="Documents" />
            <SortHeader params={params} sortKey="applicability" label="Applicability today" />
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.slug} data-actor={a.slug} data-documents={a.documentCount}>
              <th scope="row">
                <Link href={actorHref(a.slug)}>{a.name}</Link>
              </th>
              <td data-label="Kind">{ACTOR_KIND_LABELS[a.kind]}</td>
              <td data-label="Region">{a.region ?? '—'}</td>
              <td data-label="Documents">{a.documentCount > 0 ? a.documentCount : <span className="muted">0</span>}</td>
              <td data-label="Applicability today">
                <OutcomeLabel dimension="applicability" outcome={a.applicability} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} hrefOf={hrefOf} position="bottom" />
    </>
  );
}
