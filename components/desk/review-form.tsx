'use client';
import { ErrorSummary } from './form/error-summary';
import { TextArea } from './form/field';
import { useDeskForm, type DeskFormAction } from './form/use-desk-form';
import styles from './desk.module.css';

export function ReviewForm({ action, proposalId }: { action: DeskFormAction; proposalId: number }) {
  const { state, formAction, pending, field } = useDeskForm('review', action);
  return (
    <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
      <ErrorSummary form="review" state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <TextArea {...field('reason')} />
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
