import type { Metadata } from 'next';
import Link from 'next/link';
import { CodingForm } from '@/components/desk/coding-form';
import { CodingWorkspace } from '@/components/desk/coding-workspace';
import { DimensionPicker } from '@/components/desk/dimension-picker';
import { DocumentCard } from '@/components/positions/document-card';
import { NoSourceNote } from '@/components/sources/no-source-note';
import { SourceWorkbench } from '@/components/sources/source-workbench';
import { DIMENSION_LABELS, getDimension } from '@/lib/domain/codebook';
import { deskVerifyHref, proposeCorrectionHref } from '@/lib/url/hrefs';
import type { SearchParams } from '@/lib/url/search-params';
import { proposeCodingAction } from '@/server/desk/actions/propose';
import { loadProposeCoding } from '@/server/desk/views/propose-coding';

export const metadata: Metadata = { title: 'Code a document' };

/** "Code this document": a tracked document, one dimension at a time (each a proposal a reviewer approves). */
export default async function CodingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const view = await loadProposeCoding(await searchParams);
  if (!view.found) {
    return (
      <>
        <h1>Code a document</h1>
        <p className="notice">
          No such document for this actor. Start from the <Link href={deskVerifyHref()}>verification queue</Link> or the actor&apos;s page.
        </p>
      </>
    );
  }
  const { actor, document, uncoded, coded, ref } = view;
  const dimension = view.dimension ?? uncoded[0] ?? null;
  const codedId = dimension ? coded[dimension] : undefined;
  return (
    <>
      <h1>
        Code “{document.title}” for {actor.name}
      </h1>
      {view.unknownDimension && <p className="notice">There is no dimension “{ref.dimension}”; choose one below.</p>}
      <DimensionPicker document={document.slug} actor={actor.slug} current={dimension} coded={coded} />
      <CodingWorkspace
        document={
          view.source && dimension !== null ? (
            <>
              <SourceWorkbench source={view.source} dimension={dimension} form="coding" />
              <details>
                <summary>The document as published (its values and quotes)</summary>
                <DocumentCard doc={document} headingLevel={2} />
              </details>
            </>
          ) : (
            <>
              {!view.source && <NoSourceNote documentSlug={document.slug} url={document.url} />}
              <DocumentCard doc={document} headingLevel={2} />
            </>
          )
        }
        form={
          dimension === null ? (
            <p>Every dimension of this document is coded. To change one, propose a correction.</p>
          ) : codedId !== undefined ? (
            <p className="notice">
              {DIMENSION_LABELS[dimension]} is already coded in this document: <Link href={proposeCorrectionHref(codedId)}>propose a correction</Link> instead.
            </p>
          ) : (
            <>
              <h2>
                {DIMENSION_LABELS[dimension]} <span className="muted">({getDimension(dimension).question})</span>
              </h2>
              <CodingForm
                key={dimension}
                action={proposeCodingAction}
                form="coding"
                dimension={dimension}
                hidden={{ documentSlug: document.slug, actorSlug: actor.slug, dimension }}
                submit="Submit coding for review"
              />
            </>
          )
        }
      />
    </>
  );
}
