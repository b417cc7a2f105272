'use client';
import { ErrorSummary } from '../form/error-summary';
import { TextField } from '../form/field';
import { useDeskForm, type DeskFormAction } from '../form/use-desk-form';
import { useRefreshOnDone } from './use-refresh-on-done';
import styles from '../desk.module.css';

/** The single-person-team switch: turning it on or off needs a reason, recorded in the audit log. */
export function SelfReviewForm({ action, enabled }: { action: DeskFormAction; enabled: boolean }) {
  const { state, formAction, pending, field } = useDeskForm('self-review', action);
  useRefreshOnDone(state);
  return (
    <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
      <ErrorSummary form="self-review" state={state} />
      <input type="hidden" name="enabled" value={enabled ? 'false' : 'true'} />
      <TextField {...field('reason')} />
      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          {enabled ? 'Require a second reviewer' : 'Allow authors to approve their own proposals'}
        </button>
      </div>
    </form>
  );
}
