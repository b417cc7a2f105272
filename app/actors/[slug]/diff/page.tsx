import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getActorBySlug } from '@/db/queries/actors';
import { listActorDocuments } from '@/db/queries/documents';
import { DocumentCard } from '@/components/positions/document-card';
import { DiffPicker } from '@/components/timeline/diff-picker';
import { DiffTable } from '@/components/timeline/diff-table';
import { Notices } from '@/components/ui/notices';
import { diffDocuments } from '@/lib/diff';
import { param, type SearchParams } from '@/lib/search-params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: 'Compare two documents' };

export default async function DiffPage({ params, searchParams }: Props) {
  await connection();
  const actor = await getActorBySlug((await params).slug);
  if (!actor) notFound();
  const docs = await listActorDocuments(actor.id);
  const sp = await searchParams;
  const notices: string[] = [];
  const pick = (key: 'from' | 'to', fallback: (typeof docs)[number] | undefined) => {
    const slug = param(sp, key);
    const found = slug ? docs.find((d) => d.slug === slug) : undefined;
    if (slug && !found) notices.push(`"${slug}" is not a document of ${actor.name}; using the ${key === 'from' ? 'first' : 'latest'} one.`);
    return found ?? fallback;
  };
  const from = pick('from', docs[0]);
  const to = pick('to', docs[docs.length - 1]);

  return (
    <>
      <p>
        <Link href={`/actors/${actor.slug}`}>← {actor.name}</Link>
      </p>
      <h1>{actor.name}: what changed between two documents</h1>
      <Notices notices={notices} />
      {!from || !to || docs.length < 2 ? (
        <p>{actor.name} has fewer than two documents in the tracker, so there is nothing to compare.</p>
      ) : (
        <>
          <DiffTable rows={diffDocuments(from, to)} from={from} to={to} />
          <h2>The two documents</h2>
          <DocumentCard doc={from} />
          {to.slug !== from.slug && <DocumentCard doc={to} />}
          <DiffPicker actorSlug={actor.slug} documents={docs} selected={{ from: from.slug, to: to.slug }} />
        </>
      )}
    </>
  );
}
