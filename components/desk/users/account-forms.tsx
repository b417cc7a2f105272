'use client';
import { fieldId } from '@/lib/desk/fields';
import { USER_ROLES } from '@/lib/desk/roles';
import type { AccountRow } from '@/server/desk/views/users';
import { useDeskForm, type DeskFormAction } from '../form/use-desk-form';
import { useRefreshOnDone } from './use-refresh-on-done';
import styles from '../desk.module.css';

/** The outcome of a one-button form, next to it (a new password appears here once: kept out of URLs and history). */
function Outcome({ done, message }: { done?: string; message?: string }) {
  if (!done && !message) return null;
  return <p role={message ? 'alert' : 'status'}>{done ?? message}</p>;
}

/** One account's role, as a select and a button; ids carry the account so every row's label points to its own select. */
export function RoleForm({ action, account }: { action: DeskFormAction; account: AccountRow }) {
  const { state, formAction, pending } = useDeskForm('role', action, { instance: account.id });
  useRefreshOnDone(state);
  const id = fieldId('role', 'role', account.id);
  return (
    <form action={formAction} className={styles.inlineForm}>
      <input type="hidden" name="userId" value={account.id} />
      <label className="visually-hidden" htmlFor={id}>
        Role of {account.email}
      </label>
      <select id={id} name="role" defaultValue={account.role}>
        {USER_ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={pending}>
        Set role<span className="visually-hidden"> of {account.email}</span>
      </button>
      <Outcome done={state.done} message={state.message ?? Object.values(state.errors).flat().join(' ')} />
    </form>
  );
}

/** A one-button account action ("End sessions", "New password") for one account. */
export function AccountButton({ action, account, label }: { action: DeskFormAction; account: AccountRow; label: string }) {
  const { state, formAction, pending } = useDeskForm('account', action, { instance: account.id });
  return (
    <form action={formAction}>
      <input type="hidden" name="userId" value={account.id} />
      <button type="submit" className="secondary" disabled={pending}>
        {label}
        <span className="visually-hidden"> for {account.email}</span>
      </button>
      <Outcome done={state.done} message={state.message ?? Object.values(state.errors).flat().join(' ')} />
    </form>
  );
}
