'use client';
import { ErrorSummary } from './form/error-summary';
import { TextField } from './form/field';
import { useDeskForm, type DeskFormAction } from './form/use-desk-form';
import styles from './desk.module.css';

/** Works without JavaScript: the form posts to the server action and the page comes back with the messages. */
export function SignInForm({ action, next }: { action: DeskFormAction; next: string }) {
  const { state, formAction, pending, field } = useDeskForm('sign-in', action);
  return (
    <form action={formAction} className={styles.form} noValidate>
      <ErrorSummary form="sign-in" state={state} outcome="You are not signed in." />
      <input type="hidden" name="next" value={state.values.next || next} />
      <TextField {...field('email')} type="email" autoComplete="username" />
      <TextField {...field('password')} type="password" autoComplete="current-password" defaultValue={undefined} />
      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          Sign in
        </button>
      </div>
    </form>
  );
}
