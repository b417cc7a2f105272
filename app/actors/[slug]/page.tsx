import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getActorBySlug, listGroupsOf, listLiteratureAbout, listMembersAsOf } from '@/db/queries/actors';
import { listActorEvents } from '@/db/queries/changes';
import { listActorDocuments } from '@/db/queries/documents';
import { listPositionsAsOf } from '@/db/queries/positions';
import { BlocMembers } from '@/components/actors/bloc-members';
import { ActorHeader } from '@/components/positions/actor-header';
import { CurrentPosition } from '@/components/positions/current-position';
import { DocumentCard } from '@/components/positions/document-card';
import { FurtherReading } from '@/components/positions/further-reading';
import { ActorTimelineSection } from '@/components/timeline/actor-timeline-section';
import { DiffPicker } from '@/components/timeline/diff-picker';
import { toTimelineEntries } from '@/lib/actor-timeline';
import { DIMENSION_KEYS } from '@/lib/codebook';
import { todayIso } from '@/lib/dates';
import { parseAsOf, type SearchParams } from '@/lib/search-params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const actor = await getActorBySlug((await params).slug);
  return { title: actor ? actor.name : 'Actor not found' };
}

export default async function ActorPage({ params, searchParams }: Props) {
  await connection();
  const actor = await getActorBySlug((await params).slug);
  if (!actor) notFound();
  const today = todayIso();
  // Bloc membership is dated: `?asOf=` shows the members on another day (bad dates fall back to today, with no error).
  const asOf = parseAsOf(await searchParams, today).value;
  const [docs, groups, members, reading, positions, events] = await Promise.all([
    listActorDocuments(actor.id),
    listGroupsOf(actor.id),
    listMembersAsOf(actor.id, asOf),
    listLiteratureAbout(actor.id),
    listPositionsAsOf({ asOf: today, dimensions: DIMENSION_KEYS, actorIds: [actor.id] }),
    listActorEvents(actor.id),
  ]);

  return (
    <>
      <ActorHeader actor={actor} groups={groups} documentCount={docs.length} />
      {positions[0] && <CurrentPosition asOf={today} outcomes={positions[0].outcomes} />}
      <ActorTimelineSection actorName={actor.name} entries={toTimelineEntries(events)} />
      <DiffPicker actorSlug={actor.slug} documents={docs} />
      {members.length > 0 && <BlocMembers blocName={actor.name} blocSlug={actor.slug} asOf={asOf} members={members} />}
      <section aria-labelledby="documents">
        <h2 id="documents">Documents, oldest first</h2>
        {docs.length === 0 ? (
          <p className="outcome-no_document">
            <span aria-hidden="true">— </span>No document tracked for this actor.
          </p>
        ) : (
          <ol className="doc-list">
            {docs.map((d) => (
              <li key={d.id}>
                <DocumentCard doc={d} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <FurtherReading items={reading} />
    </>
  );
}
