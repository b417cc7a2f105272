import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { loadActorView } from '@/server/views/actor';
import { deskViewer } from '@/server/desk/viewer';
import { ActorDeskLinks, DocumentDeskLinks } from '@/components/desk/document-desk-links';
import { BlocMembers } from '@/components/actors/bloc-members';
import { ActorHeader } from '@/components/positions/actor-header';
import { CurrentPosition } from '@/components/positions/current-position';
import { DocumentCard } from '@/components/positions/document-card';
import { FurtherReading } from '@/components/positions/further-reading';
import { ActorPositionsSection } from '@/components/timeline/actor-positions-section';
import { ActorTimelineSection } from '@/components/timeline/actor-timeline-section';
import { Notices } from '@/components/ui/notices';
import { DOCUMENT_PAGER_WORDS, Pager } from '@/components/ui/pager';
import { cardPlaces } from '@/lib/documents/actor-document-pages';
import { actorHref } from '@/lib/url/hrefs';
import { DiffPicker } from '@/components/timeline/diff-picker';
import { toTimelineEntries } from '@/lib/timeline/actor-timeline';
import type { SearchParams } from '@/lib/url/search-params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const view = await loadActorView((await params).slug, await searchParams);
  return { title: view ? view.actor.name : 'Actor not found' };
}

export default async function ActorPage({ params, searchParams }: Props) {
  await connection();
  const view = await loadActorView((await params).slug, await searchParams);
  if (!view) notFound();
  // Signed-in editors get desk links; anonymous readers (the cached page) never do.
  const desk = await deskViewer();
  const { actor, today, asOf, asOfParam, docs, documentPage, groups, members, reading, position, events, positions, diffPair, sourced } = view;
  const pageHref = (page: number) => actorHref(actor.slug, { page, asOf: asOfParam });
  const cardOf = cardPlaces(documentPage, (page, slug) => actorHref(actor.slug, { page, asOf: asOfParam, document: slug }));

  return (
    <>
      <ActorHeader actor={actor} groups={groups} documentCount={docs.length} />
      {desk && <ActorDeskLinks actorSlug={actor.slug} actorName={actor.name} />}
      {position && <CurrentPosition asOf={today} outcomes={position.outcomes} />}
      <ActorPositionsSection actorName={actor.name} charts={positions.charts} table={positions.table} />
      <ActorTimelineSection entries={toTimelineEntries(events)} cardOf={cardOf} />
      <DiffPicker actorSlug={actor.slug} documents={docs} selected={diffPair ?? undefined} />
      {members.length > 0 && <BlocMembers blocName={actor.name} blocSlug={actor.slug} asOf={asOf} members={members} />}
      <section aria-labelledby="documents">
        <h2 id="documents">Documents, oldest first</h2>
        <Notices notices={documentPage.notices} />
        <Pager page={documentPage.info} hrefOf={pageHref} position="top" words={DOCUMENT_PAGER_WORDS} />
        {docs.length === 0 ? (
          <p className="outcome-no_document">
            <span aria-hidden="true">— </span>No document tracked for this actor.
          </p>
        ) : (
          <ol className="doc-list" start={documentPage.info.start > 0 ? documentPage.info.start + 1 : undefined}>
            {documentPage.shown.map((d) => (
              <li key={d.id}>
                <DocumentCard doc={d} hasSource={sourced.has(d.slug)} />
                {desk && <DocumentDeskLinks actorSlug={actor.slug} doc={d} />}
              </li>
            ))}
          </ol>
        )}
        <Pager page={documentPage.info} hrefOf={pageHref} position="bottom" words={DOCUMENT_PAGER_WORDS} />
      </section>
      <FurtherReading items={reading} />
    </>
  );
}
