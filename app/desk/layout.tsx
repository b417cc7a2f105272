import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { DeskNav } from '@/components/desk/desk-nav';
import { loadDeskLayout } from '@/server/desk/views/layout';
import { signOutAction } from '@/app/sign-in/actions';

export const metadata: Metadata = { title: { default: 'Editorial desk', template: '%s · Editorial desk' }, robots: { index: false } };

/** Every desk page needs a signed-in editor, reviewer or admin (its loader checks); each action checks the role again. */
export default async function DeskLayout({ children }: { children: ReactNode }) {
  const who = await loadDeskLayout();
  return (
    <>
      {who && <DeskNav label={who.label} role={who.role} signOut={signOutAction} />}
      {children}
    </>
  );
}
