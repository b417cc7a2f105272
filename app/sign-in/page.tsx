import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/desk/sign-in-form';
import { safeReturnPath } from '@/lib/desk/return-path';
import { currentDeskUser } from '@/server/auth/session';
import { signInAction } from './actions';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeReturnPath(typeof params.next === 'string' ? params.next : undefined);
  if (await currentDeskUser()) redirect(next);
  return (
    <>
      <h1>Sign in to the editorial desk</h1>
      <p className="lede">For the tracker&apos;s editors, reviewers and admins. Reading the tracker needs no account.</p>
      {params.signedOut === '1' && <p role="status">You are signed out.</p>}
      <SignInForm action={signInAction} next={next} />
      <p className="muted">Accounts are created by an admin. Forgotten your password? Ask an admin to set a new one.</p>
    </>
  );
}
