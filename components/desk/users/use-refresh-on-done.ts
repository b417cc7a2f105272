'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import type { FormState } from '@/lib/desk/form-state';

/**
 * After an account change succeeds, render the page again so its table shows the change (without JavaScript the
 * browser gets the new page anyway). The confirmation stays in the form's state.
 */
export function useRefreshOnDone(state: FormState<unknown>): void {
  const router = useRouter();
  useEffect(() => {
    if (state.done) router.refresh();
  }, [state.done, state.rev, router]);
}
