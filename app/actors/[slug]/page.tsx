import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { loadActorView } from '@/server/views/actor';
import { ActorHeader } from '@/components/positions/actor-header';
import { CurrentPosition } from '@/components/positions/current-position';
import { DocumentCard } from '@/components/positions/document-card';
import { FurtherReading } from '@/components/positions/further-reading';
import { ActorTimelineSection } from '@/components/timeline/actor-timeline-section';
import { DiffPicker } from '@/components/timeline/diff-picker';
import { toTimelineEntries } from '@/lib/timeline/actor-timeline';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const view = await loadActorView((await params).slug);
  return { title: view ? view.actor.name : 'Actor not found' };
}

export default async function ActorPage({ params }: Props) {
  await connection();
  const view = await loadActorView((await params).slug);
  if (!view) notFound();
  const { actor, today, docs, groups, members, reading, position, events } = view;

  return (
    <>
      <ActorHeader actor={actor} groups={groups} documentCount={docs.length} />
      {position && <CurrentPosition asOf={today} outcomes={position.outcomes} />}
      <ActorTimelineSection actorName={actor.name} entries={toTimelineEntries(events)} />
      <DiffPicker actorSlug={actor.slug} documents={docs} />
      {members.length > 0 && (
        <section aria-labelledby="members">
          <h2 id="members">Members as of {today}</h2>
          <p>
            {members.map((m, i) => (
              <span key={m.slug}>
                {i > 0 && ', '}
                <Link href={`/actors/${m.slug}`}>{m.name}</Link>
              </span>
            ))}
          </p>
          <p>
            <Link href={`/compare?group=${actor.slug}`}>Compare the members&apos; positions</Link>
          </p>
        </section>
      )}
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
