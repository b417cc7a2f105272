import type { Metadata } from 'next';
import { DocumentForm } from '@/components/desk/document-form/document-form';
import { todayIso } from '@/lib/domain/dates';
import type { SearchParams } from '@/lib/url/search-params';
import { proposeDocumentAction } from '@/server/desk/actions/propose';
import { loadProposeDocument } from '@/server/desk/views/propose-document';

export const metadata: Metadata = { title: 'Propose a document' };

export default async function ProposeDocumentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actors, initialActor } = await loadProposeDocument(await searchParams);
  return (
    <>
      <h1>Propose a new document</h1>
      <p className="lede">
        A dated document of a State or organisation, with the actor&apos;s own words and our coding. It is published when a reviewer other than you approves it.
        Never enter a position, date, URL or quote you have not seen in the document itself. A document we already track is coded from the verification queue or
        its actor&apos;s page instead.
      </p>
      <DocumentForm action={proposeDocumentAction} actors={actors} initialActor={initialActor} today={todayIso()} />
    </>
  );
}
