'use client';
import { useActionState } from 'react';
import { EMPTY_FORM, type FormState } from '@/lib/auth/form-state';
import { ROLE_LABELS, USER_ROLES } from '@/lib/auth/roles';
import { FormMessage, Select, TextField } from './field';
import styles from './editor.module.css';

export function NewUserForm({ action, minPassword }: { action: (prev: FormState, form: FormData) => Promise<FormState>; minPassword: number }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM);
  return (
    <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
      <FormMessage message={state.message} errorCount={Object.keys(state.errors).length} done={state.done} />
      <TextField name="email" label="Email" type="email" required autoComplete="off" defaultValue={state.values.email} errors={state.errors.email} />
      <TextField
        name="name"
        label="Name"
        required
        defaultValue={state.values.name}
        errors={state.errors.name}
        hint="Shown in the audit log and on proposals."
      />
      <Select
        name="role"
        label="Role"
        required
        defaultValue={state.values.role || 'editor'}
        errors={state.errors.role}
        options={USER_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        errors={state.errors.password}
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

/** One button per account; the new password appears next to it once (kept out of URLs and history). */
export function NewPasswordButton({
  action,
  userId,
  email,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  userId: string;
  email: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction}>
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="secondary" disabled={pending}>
        New password<span className="visually-hidden"> for {email}</span>
      </button>
      {(state.done || state.message) && <p role="status">{state.done ?? state.message}</p>}
    </form>
  );
}
