import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { loadActorDiffView } from '@/server/views/actor-diff';
import { DocumentCard } from '@/components/positions/document-card';
import { DiffPicker } from '@/components/timeline/diff-picker';
import { DiffSides } from '@/components/timeline/diff-sides';
import { DiffTable } from '@/components/timeline/diff-table';
import { Notices } from '@/components/ui/notices';
import type { SearchParams } from '@/lib/url/search-params';
import { actorHref } from '@/lib/url/hrefs';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const view = await loadActorDiffView((await params).slug, await searchParams);
  return { title: view ? `${view.actor.name}: compare two documents` : 'Actor not found' };
}

export default async function DiffPage({ params, searchParams }: Props) {
  await connection();
  const view = await loadActorDiffView((await params).slug, await searchParams);
  if (!view) notFound();
  const { actor, docs, pair, rows, chosenByDefault } = view;

  return (
    <>
      <p>
        <Link href={actorHref(actor.slug)}>← {actor.name}</Link>
      </p>
      <h1>{actor.name}: what changed between two documents</h1>
      {!pair ? (
        <p>
          {actor.name} has {docs.length === 0 ? 'no document' : 'only one document'} in the tracker, so there is nothing to compare.
        </p>
      ) : (
        <>
          <Notices notices={pair.notices} />
          {chosenByDefault && (
            <p id="default-pair">The latest change of a position: the document that made it, against the document before it. Choose any two documents below.</p>
          )}
          <p className="muted">Each document&apos;s own coding, dimension by dimension (not the as-of position, which also carries earlier values forward).</p>
          <DiffSides from={pair.from} to={pair.to} actorSlug={actor.slug} />
          <DiffTable rows={rows} from={pair.from} to={pair.to} />
          <DiffPicker actorSlug={actor.slug} documents={docs} selected={{ from: pair.from.slug, to: pair.to.slug }} />
          <h2>The two documents in full</h2>
          <DocumentCard doc={pair.from} />
          {pair.to.slug !== pair.from.slug && <DocumentCard doc={pair.to} />}
        </>
      )}
    </>
  );
}
