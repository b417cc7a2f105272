'use client';
import { ErrorSummary } from './form/error-summary';
import { Checkbox, TextArea } from './form/field';
import { useDeskForm, type DeskFormAction } from './form/use-desk-form';
import styles from './desk.module.css';

/**
 * Approve or reject with a reason; a proposal flagged as a possible duplicate needs the reviewer's confirmation to approve,
 * and one whose quote is not in the stored source needs the override with its own reason.
 */
export function ReviewForm({
  action,
  proposalId,
  duplicates,
  unverifiedQuotes = 0,
}: {
  action: DeskFormAction;
  proposalId: number;
  duplicates: number;
  /** Quotes not found in the stored source: approving needs the override and its reason. */
  unverifiedQuotes?: number;
}) {
  const { state, formAction, pending, field } = useDeskForm('review', action);
  return (
    <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
      <ErrorSummary form="review" state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      {duplicates > 0 && <Checkbox {...field('confirmNotDuplicate')} value="yes" />}
      {unverifiedQuotes > 0 && (
        <>
          <Checkbox {...field('overrideQuotes')} value="yes" />
          <TextArea {...field('overrideReason')} />
        </>
      )}
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
