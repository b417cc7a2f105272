'use client';
import { useActionState } from 'react';
import { EMPTY_FORM, type FormState } from '@/lib/auth/form-state';
import { FormMessage, TextArea } from './field';
import styles from './editor.module.css';

export function ReviewForm({ action, proposalId }: { action: (prev: FormState, form: FormData) => Promise<FormState>; proposalId: number }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM);
  return (
    <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
      <FormMessage message={state.message} errorCount={Object.keys(state.errors).length} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <TextArea
        name="reason"
        label="Reason for your decision"
        required
        defaultValue={state.values.reason}
        errors={state.errors.reason}
        hint="Recorded in the audit log; a rejection's reason is shown to the author."
      />
      <div className={styles.actions}>
        <button type="submit" name="decision" value="approve" disabled={pending}>
          Approve and publish
        </button>
        <button type="submit" name="decision" value="reject" className="secondary" disabled={pending}>
          Reject
        </button>
      </div>
    </form>
  );
}
