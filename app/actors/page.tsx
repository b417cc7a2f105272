import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { listActorDirectory } from '@/db/queries/actor-directory';
import { listRegions } from '@/db/queries/actors';
import { SelectField } from '@/components/filters/select-field';
import { OutcomeLabel } from '@/components/positions/outcome-label';
import { Notices } from '@/components/ui/notices';
import { todayIso } from '@/lib/dates';
import { ACTOR_KINDS, ACTOR_KIND_LABELS } from '@/lib/domain';
import { parseChoice, parseKind, type SearchParams } from '@/lib/search-params';
import { ScrollTable } from '@/components/ui/scroll-table';

export const metadata: Metadata = { title: 'Actors' };

export default async function ActorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const sp = await searchParams;
  const regions = await listRegions();
  const kind = parseKind(sp);
  const region = parseChoice(sp, 'region', regions, 'region');
  const today = todayIso();
  const rows = await listActorDirectory({ kind: kind.value, region: region.value }, today);

  return (
    <>
      <h1>Actors</h1>
      <p className="lede">States, regional organisations, multilateral and expert bodies and courts whose documents the tracker holds.</p>
      <Notices notices={[...kind.notices, ...region.notices]} />
      <form className="filters" method="get" action="/actors">
        <SelectField label="Kind" name="kind" value={kind.value} options={ACTOR_KINDS.map((k) => ({ value: k, label: ACTOR_KIND_LABELS[k] }))} emptyLabel="All kinds" />
        <SelectField label="Region" name="region" value={region.value} options={regions.map((r) => ({ value: r, label: r }))} emptyLabel="All regions" />
        <button type="submit">Filter</button>
        {(kind.value || region.value) && (
          <Link href="/actors" className="button secondary">
            Clear
          </Link>
        )}
      </form>
      <ScrollTable label="Actors">
      <table>
        <caption>
          {rows.length} actor{rows.length === 1 ? '' : 's'}; applicability as of {today}
        </caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">Kind</th>
            <th scope="col">Region</th>
            <th scope="col">Documents</th>
            <th scope="col">Applicability today</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.slug}>
              <th scope="row">
                <Link href={`/actors/${a.slug}`}>{a.name}</Link>
              </th>
              <td>{ACTOR_KIND_LABELS[a.kind]}</td>
              <td>{a.region ?? '—'}</td>
              <td>{a.documentCount}</td>
              <td>
                <OutcomeLabel dimension="applicability" outcome={a.applicability} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollTable>
    </>
  );
}
