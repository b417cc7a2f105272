import type { Metadata } from 'next';
import Link from 'next/link';
import { CodingWorkspace } from '@/components/desk/coding-workspace';
import { DocumentCorrectionForm, DocumentWithdrawalForm } from '@/components/desk/document-correction-form';
import { DocumentCard } from '@/components/positions/document-card';
import { deskVerifyHref } from '@/lib/url/hrefs';
import type { SearchParams } from '@/lib/url/search-params';
import { proposeDocumentCorrectionAction, proposeDocumentWithdrawalAction } from '@/server/desk/actions/propose';
import { loadProposeDocumentCorrection } from '@/server/desk/views/propose-document-correction';

export const metadata: Metadata = { title: 'Correct a document' };

/** A document's record corrected (title, date, authors, …) or the whole document withdrawn; both are reviewed. */
export default async function DocumentCorrectionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const view = await loadProposeDocumentCorrection(await searchParams);
  if (!view.found) {
    return (
      <>
        <h1>Correct a document</h1>
        <p className="notice">
          No such document for this actor. Start from the actor&apos;s page or the <Link href={deskVerifyHref()}>verification queue</Link>.
        </p>
      </>
    );
  }
  const { actor, document, current, actors } = view;
  const target = { documentSlug: document.slug, actorSlug: actor.slug };
  return (
    <>
      <h1>
        Correct “{document.title}” ({actor.name})
      </h1>
      <p className="lede">
        A correction of our record of the document — not of its coding (each coding has its own correction). It is published when a reviewer other than you
        approves it, and listed publicly as a correction with your reason.
      </p>
      <CodingWorkspace
        document={<DocumentCard doc={document} headingLevel={2} />}
        form={
          <>
            <h2>Corrected record</h2>
            <DocumentCorrectionForm action={proposeDocumentCorrectionAction} target={target} current={current} actors={actors} />
            <h2 id="withdraw">Or withdraw the whole document</h2>
            <p>For a document we should not track: a duplicate of another, or not by this actor. Every author&apos;s page loses it.</p>
            <DocumentWithdrawalForm action={proposeDocumentWithdrawalAction} target={target} />
          </>
        }
      />
    </>
  );
}
