'use client';
import { useActionState } from 'react';
import { EMPTY_FORM, type FormState } from '@/lib/auth/form-state';
import { FormMessage, TextField } from './field';
import styles from './editor.module.css';

/** Works without JavaScript: the form posts to the server action and the page comes back with the messages. */
export function SignInForm({ action, next }: { action: (prev: FormState, form: FormData) => Promise<FormState>; next: string }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} className={styles.form} noValidate>
      <FormMessage message={state.message} errorCount={Object.keys(state.errors).length} />
      <input type="hidden" name="next" value={state.values.next || next} />
      <TextField name="email" label="Email" type="email" autoComplete="username" required defaultValue={state.values.email} errors={state.errors.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required errors={state.errors.password} />
      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          Sign in
        </button>
      </div>
    </form>
  );
}
