import type { Metadata } from 'next';
import Link from 'next/link';
import { CodingForm, WithdrawalForm } from '@/components/desk/coding-form';
import { CodingWorkspace } from '@/components/desk/coding-workspace';
import { CodingSummary } from '@/components/desk/preview/coding-summary';
import { NoSourceNote } from '@/components/sources/no-source-note';
import { SourceWorkbench } from '@/components/sources/source-workbench';
import { DIMENSION_LABELS } from '@/lib/domain/codebook';
import { deskVerifyHref } from '@/lib/url/hrefs';
import type { SearchParams } from '@/lib/url/search-params';
import { proposeCorrectionAction, proposeWithdrawalAction } from '@/server/desk/actions/propose';
import { loadProposeCorrection } from '@/server/desk/views/propose-correction';

export const metadata: Metadata = { title: 'Correct a coding' };

export default async function CorrectionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { requested, coding, source } = await loadProposeCorrection(await searchParams);
  if (!coding) {
    return (
      <>
        <h1>Correct a coding</h1>
        <p className="notice">
          {requested ? `There is no coding “${requested}”.` : 'No coding was chosen.'} Start from the <Link href={deskVerifyHref()}>verification queue</Link> or
          an actor&apos;s page.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>
        Correct {DIMENSION_LABELS[coding.dimension]} for {coding.actor.name}
      </h1>
      <h2>Now</h2>
      <CodingSummary coding={coding} />
      {!coding.current ? (
        <p className="notice">This coding has already been corrected or withdrawn; only the current one can be changed.</p>
      ) : (
        <>
          <CodingWorkspace
            document={
              source ? (
                <SourceWorkbench source={source} dimension={coding.dimension} form="correction" />
              ) : (
                <NoSourceNote documentSlug={coding.document.slug} url={coding.document.url} />
              )
            }
            form={
              <>
                <h2>Proposed correction</h2>
                <CodingForm
                  action={proposeCorrectionAction}
                  form="correction"
                  dimension={coding.dimension}
                  hidden={{ codingId: String(coding.id) }}
                  current={coding}
                  submit="Submit correction for review"
                />
              </>
            }
          />
          <h2>Or withdraw it</h2>
          <WithdrawalForm action={proposeWithdrawalAction} codingId={coding.id} />
        </>
      )}
    </>
  );
}
