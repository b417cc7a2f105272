import type { Metadata } from 'next';
import Link from 'next/link';
import { CodingSummary } from '@/components/editor/coding-summary';
import { CorrectionForm, WithdrawalForm } from '@/components/editor/correction-form';
import { requireDeskUser } from '@/server/auth/session';
import { getCodingForDesk } from '@/server/desk/coding';
import { proposeCorrectionAction, proposeWithdrawalAction } from './actions';
import { proposeCorrectionHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Correct a coding' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CorrectionPage({ searchParams }: Props) {
  const raw = (await searchParams).coding;
  await requireDeskUser(typeof raw === 'string' ? proposeCorrectionHref(raw) : '/editor/propose/correction');
  const id = typeof raw === 'string' && /^\d{1,12}$/.test(raw) ? Number(raw) : null;
  const coding = id === null ? null : getCodingForDesk(id);
  if (!coding) {
    return (
      <>
        <h1>Correct a coding</h1>
        <p className="notice">
          No coding {typeof raw === 'string' ? `“${raw}”` : 'was chosen'}. Start from the <Link href="/editor/verify">verification queue</Link> or an
          actor&apos;s page.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Correct a coding</h1>
      <h2>Now</h2>
      <CodingSummary coding={coding} />
      {!coding.current ? (
        <p className="notice">This coding has already been corrected or withdrawn; only the current one can be changed.</p>
      ) : (
        <>
          <h2>Proposed correction</h2>
          <CorrectionForm action={proposeCorrectionAction} current={coding} hidden={{ codingId: String(coding.id) }} />
          <h2>Or withdraw it</h2>
          <WithdrawalForm action={proposeWithdrawalAction} codingId={coding.id} />
        </>
      )}
    </>
  );
}
