'use client';
import { ROLE_LABELS, USER_ROLES } from '@/lib/desk/roles';
import { ErrorSummary } from '../form/error-summary';
import { Select, TextField } from '../form/field';
import { useDeskForm, type DeskFormAction } from '../form/use-desk-form';
import { useRefreshOnDone } from './use-refresh-on-done';
import styles from '../desk.module.css';

export function NewUserForm({ action, minPassword }: { action: DeskFormAction; minPassword: number }) {
  const { state, formAction, pending, field } = useDeskForm('user', action);
  useRefreshOnDone(state);
  return (
    <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
      <ErrorSummary form="user" state={state} />
      <TextField {...field('email')} type="email" autoComplete="off" />
      <TextField {...field('name')} />
      <Select {...field('role', 'editor')} options={USER_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
      <TextField
        {...field('password')}
        type="password"
        autoComplete="new-password"
        hint={`At least ${minPassword} characters. Leave empty to generate one, shown once.`}
      />
      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          Create account
        </button>
      </div>
    </form>
  );
}
