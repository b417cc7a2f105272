import type { Metadata } from 'next';
import Link from 'next/link';
import { CodingForm, WithdrawalForm } from '@/components/desk/coding-form';
import { CodingSummary } from '@/components/desk/preview/coding-summary';
import { DIMENSION_LABELS } from '@/lib/domain/codebook';
import { deskVerifyHref } from '@/lib/url/hrefs';
import type { SearchParams } from '@/lib/url/search-params';
import { proposeCorrectionAction, proposeWithdrawalAction } from '@/server/desk/actions/propose';
import { loadProposeCorrection } from '@/server/desk/views/propose-correction';

export const metadata: Metadata = { title: 'Correct a coding' };

export default async function CorrectionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { requested, coding } = await loadProposeCorrection(await searchParams);
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
          <h2>Proposed correction</h2>
          <CodingForm
            action={proposeCorrectionAction}
            form="correction"
            dimension={coding.dimension}
            hidden={{ codingId: String(coding.id) }}
            current={coding}
            submit="Submit correction for review"
          />
          <h2>Or withdraw it</h2>
          <WithdrawalForm action={proposeWithdrawalAction} codingId={coding.id} />
        </>
      )}
    </>
  );
}
