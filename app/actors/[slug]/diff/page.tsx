import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getActorBySlug } from '@/db/queries/actors';
import { listActorDocuments } from '@/db/queries/documents';
import { DocumentCard } from '@/components/positions/document-card';
import { DiffPicker } from '@/components/timeline/diff-picker';
import { DiffSides } from '@/components/timeline/diff-sides';
import { DiffTable } from '@/components/timeline/diff-table';
import { Notices } from '@/components/ui/notices';
import { diffDocuments, pickDiffPair } from '@/lib/diff';
import { param, type SearchParams } from '@/lib/search-params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const actor = await getActorBySlug((await params).slug);
  return { title: actor ? `${actor.name}: compare two documents` : 'Actor not found' };
}

export default async function DiffPage({ params, searchParams }: Props) {
  await connection();
  const actor = await getActorBySlug((await params).slug);
  if (!actor) notFound();
  const docs = await listActorDocuments(actor.id);
  const sp = await searchParams;
  const pair = pickDiffPair(docs, param(sp, 'from'), param(sp, 'to'), actor.name);

  return (
    <>
      <p>
        <Link href={`/actors/${actor.slug}`}>← {actor.name}</Link>
      </p>
      <h1>{actor.name}: what changed between two documents</h1>
      {!pair ? (
        <p>
          {actor.name} has {docs.length === 0 ? 'no document' : 'only one document'} in the tracker, so there is nothing to compare.
        </p>
      ) : (
        <>
          <Notices notices={pair.notices} />
          <p className="muted">
            Each document&apos;s own coding, dimension by dimension (not the as-of position, which also carries earlier values forward).
          </p>
          <DiffSides from={pair.from} to={pair.to} actorSlug={actor.slug} />
          <DiffTable rows={diffDocuments(pair.from, pair.to)} from={pair.from} to={pair.to} />
          <DiffPicker actorSlug={actor.slug} documents={docs} selected={{ from: pair.from.slug, to: pair.to.slug }} />
          <h2>The two documents in full</h2>
          <DocumentCard doc={pair.from} />
          {pair.to.slug !== pair.from.slug && <DocumentCard doc={pair.to} />}
        </>
      )}
    </>
  );
}
