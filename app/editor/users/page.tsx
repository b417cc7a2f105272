import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NewPasswordButton, NewUserForm } from '@/components/editor/new-user-form';
import styles from '@/components/editor/editor.module.css';
import { selfReviewAllowed } from '@/db/write';
import { ROLE_LABELS, USER_ROLES, isUserRole } from '@/lib/auth/roles';
import { MIN_PASSWORD_LENGTH } from '@/server/auth/config';
import { getAuth } from '@/server/auth/instance';
import { requireDeskUser } from '@/server/auth/session';
import { createUserAction, revokeSessionsAction, selfReviewAction, setPasswordAction, setRoleAction } from './actions';

export const metadata: Metadata = { title: 'Users' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const me = await requireDeskUser('/editor/users');
  if (me.role !== 'admin') {
    return (
      <>
        <h1>Users</h1>
        <p className="notice">Only an admin manages accounts. You are signed in as {me.role}.</p>
      </>
    );
  }
  const msg = (await searchParams).msg;
  const { users } = await getAuth().api.listUsers({ query: { limit: 500, sortBy: 'email', sortDirection: 'asc' }, headers: await headers() });
  const selfReview = selfReviewAllowed();
  return (
    <>
      <h1>Users</h1>
      {typeof msg === 'string' && (
        <p className={styles.done} role="status">
          {msg}
        </p>
      )}
      <table>
        <caption>{users.length} accounts</caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Role</th>
            <th scope="col">Sessions and password</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => {
            const role = (u as { role?: string }).role;
            return (
              <tr key={u.id}>
                <th scope="row">
                  {u.name}
                  <br />
                  <span className="muted">{u.email}</span>
                </th>
                <td>
                  <form action={setRoleAction} className={styles.inlineForm}>
                    <input type="hidden" name="userId" value={u.id} />
                    <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                      Role of {u.email}
                    </label>
                    <select id={`role-${u.id}`} name="role" defaultValue={isUserRole(role) ? role : 'editor'}>
                      {USER_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="secondary">
                      Set role<span className="visually-hidden"> of {u.email}</span>
                    </button>
                  </form>
                </td>
                <td>
                  <div className={styles.inlineForm}>
                    <form action={revokeSessionsAction}>
                      <input type="hidden" name="userId" value={u.id} />
                      <button type="submit" className="secondary">
                        End sessions<span className="visually-hidden"> of {u.email}</span>
                      </button>
                    </form>
                    <NewPasswordButton action={setPasswordAction} userId={u.id} email={u.email} />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>New account</h2>
      <p>{USER_ROLES.map((r) => ROLE_LABELS[r]).join('; ')}. Each role can also do what the roles before it can.</p>
      <NewUserForm action={createUserAction} minPassword={MIN_PASSWORD_LENGTH} />

      <h2>Single-person review</h2>
      <p>
        Now <strong>{selfReview ? 'on' : 'off'}</strong>:{' '}
        {selfReview ? 'an author may approve their own proposal.' : 'a proposal must be approved by someone other than its author.'} Turning it on or off is
        recorded in the audit log with your reason.
      </p>
      <form action={selfReviewAction} className={styles.form}>
        <input type="hidden" name="enabled" value={selfReview ? 'false' : 'true'} />
        <div className={styles.field}>
          <label htmlFor="self-review-reason">Reason (required)</label>
          <input id="self-review-reason" name="reason" type="text" required maxLength={2000} />
        </div>
        <div className={styles.actions}>
          <button type="submit">{selfReview ? 'Require a second reviewer' : 'Allow authors to approve their own proposals'}</button>
        </div>
      </form>
    </>
  );
}
