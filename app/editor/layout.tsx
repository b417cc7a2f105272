import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { DeskNav } from '@/components/editor/desk-nav';
import { deskLabel, requireDeskUser } from '@/server/auth/session';
import { signOutAction } from '@/app/sign-in/actions';

export const metadata: Metadata = { title: { default: 'Editorial desk', template: '%s · Editorial desk' }, robots: { index: false } };

/** Every desk page needs a signed-in editor, reviewer or admin; each page and action checks the role again. */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await requireDeskUser('/editor');
  return (
    <>
      <DeskNav label={deskLabel(user)} role={user.role} signOut={signOutAction} />
      {children}
    </>
  );
}
