import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { loadSourceView } from '@/server/views/source';
import { QuoteStatus } from '@/components/sources/quote-status';
import { SourceFacts } from '@/components/sources/source-facts';
import { SourcePageText } from '@/components/sources/source-page-text';
import { SourcePager } from '@/components/sources/source-pager';
import { Notices } from '@/components/ui/notices';
import { DocumentRevisions } from '@/components/positions/document-revisions';
import { formatPartialDate } from '@/lib/domain/dates';
import { DOCUMENT_TYPE_LABELS } from '@/lib/domain/vocabulary';
import { SOURCE_UNIT_LABELS } from '@/lib/sources/vocabulary';
import type { SearchParams } from '@/lib/url/search-params';
import { actorHref, sourceFileHref } from '@/lib/url/hrefs';

type Props = { params: Promise<{ document: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const view = await loadSourceView((await params).document, await searchParams);
  return { title: view ? `Source: ${view.document.title}` : 'Source not found' };
}

/** A document's stored source, read in context: one page at a time, a quote highlighted, the hash and the download. */
export default async function SourcePage({ params, searchParams }: Props) {
  await connection();
  const view = await loadSourceView((await params).document, await searchParams);
  if (!view) notFound();
  const { document, authors } = view;
  return (
    <>
      <Notices notices={view.notices} />
      <h1>Source: {document.title}</h1>
      <p className="doc-meta">
        {authors.map((a, i) => (
          <span key={a.slug}>
            {i > 0 && ', '}
            <Link href={actorHref(a.slug, { document: document.slug })}>{a.name}</Link>
          </span>
        ))}{' '}
        · {formatPartialDate(document.date)} · {DOCUMENT_TYPE_LABELS[document.type]}
      </p>
      {view.revisions.some((r) => r.kind === 'withdrawal') && (
        <p className="notice">We no longer track this document: it has been withdrawn from every actor page, the matrix and the exports.</p>
      )}
      <DocumentRevisions revisions={view.revisions} />
      {view.source === null ? (
        <p>
          We hold no copy of this document.
          {document.url && (
            <>
              {' '}
              Read it at <a href={document.url}>{document.url}</a>.
            </>
          )}
        </p>
      ) : (
        <>
          <SourceFacts source={view.source} downloadHref={sourceFileHref(document.slug)} />
          {view.passage && view.match && (
            <QuoteStatus
              documentSlug={document.slug}
              passage={view.passage}
              match={view.match}
              unitLabel={SOURCE_UNIT_LABELS[view.source.unitKind]}
              shownSeq={view.unit.seq}
            />
          )}
          <SourcePager
            documentSlug={document.slug}
            seq={view.unit.seq}
            count={view.unitCount}
            unitLabel={SOURCE_UNIT_LABELS[view.source.unitKind]}
            params={view.params}
          />
          <article className="source-page" aria-labelledby="source-page-heading">
            <h2 id="source-page-heading">
              {SOURCE_UNIT_LABELS[view.source.unitKind]} {view.unit.seq} of {view.unitCount}
              {view.unit.label && <span className="muted"> — {view.source.unitKind === 'page' ? `printed page ${view.unit.label}` : view.unit.label}</span>}
            </h2>
            {view.unit.firstParagraph !== null && <p className="muted">From paragraph {view.unit.firstParagraph} of the document.</p>}
            <SourcePageText segments={view.unit.segments} />
          </article>
        </>
      )}
    </>
  );
}
