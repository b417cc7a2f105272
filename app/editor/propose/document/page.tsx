import type { Metadata } from 'next';
import { DocumentForm } from '@/components/editor/document-form';
import { actorsForPicker } from '@/server/desk/reads';
import { requireDeskUser } from '@/server/auth/session';
import { proposeDocumentAction } from './actions';

export const metadata: Metadata = { title: 'Propose a document' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProposeDocumentPage({ searchParams }: Props) {
  await requireDeskUser('/editor/propose/document');
  const actors = await actorsForPicker();
  const wanted = (await searchParams).actor;
  const initialActor = typeof wanted === 'string' && actors.some((a) => a.slug === wanted) ? wanted : '';
  return (
    <>
      <h1>Propose a new document</h1>
      <p className="lede">
        A dated document of a State or organisation, with the actor&apos;s own words and our coding. It is published when a reviewer other than you approves it.
        Never enter a position, date, URL or quote you have not seen in the document itself.
      </p>
      <DocumentForm
        action={proposeDocumentAction}
        actors={actors.map((a) => ({ slug: a.slug, name: a.name, kind: a.kind, documentCount: a.documentCount }))}
        initialActor={initialActor}
      />
    </>
  );
}
