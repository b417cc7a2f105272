import type { Metadata } from 'next';
import { AccountButton, RoleForm } from '@/components/desk/users/account-forms';
import { NewUserForm } from '@/components/desk/users/new-user-form';
import { SelfReviewForm } from '@/components/desk/users/self-review-form';
import styles from '@/components/desk/desk.module.css';
import { ROLE_LABELS, USER_ROLES } from '@/lib/desk/roles';
import { createUserAction, revokeSessionsAction, selfReviewAction, setPasswordAction, setRoleAction } from '@/server/desk/actions/users';
import { loadUsersPage } from '@/server/desk/views/users';
import { ScrollTable } from '@/components/ui/scroll-table';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const view = await loadUsersPage();
  if (!view.admin) {
    return (
      <>
        <h1>Users</h1>
        <p className="notice">Only an admin manages accounts. You are signed in as {view.user.role}.</p>
      </>
    );
  }
  const { accounts, selfReview, minPassword } = view;
  return (
    <>
      <h1>Users</h1>
      <ScrollTable label={`${accounts.length} accounts`}>
        <table>
          <caption>{accounts.length} accounts</caption>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Role</th>
              <th scope="col">Sessions and password</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.name}
                  <br />
                  <span className="muted">{a.email}</span>
                </th>
                <td>
                  <RoleForm action={setRoleAction} account={a} />
                </td>
                <td>
                  <div className={styles.inlineForm}>
                    <AccountButton action={revokeSessionsAction} account={a} label="End sessions" />
                    <AccountButton action={setPasswordAction} account={a} label="New password" />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

      <h2>New account</h2>
      <p>{USER_ROLES.map((r) => ROLE_LABELS[r]).join('; ')}. Each role can also do what the roles before it can.</p>
      <NewUserForm action={createUserAction} minPassword={minPassword} />

      <h2>Single-person review</h2>
      <p>
        Now <strong>{selfReview ? 'on' : 'off'}</strong>:{' '}
        {selfReview ? 'an author may approve their own proposal.' : 'a proposal must be approved by someone other than its author.'} Turning it on or off is
        recorded in the audit log with your reason.
      </p>
      <SelfReviewForm action={selfReviewAction} enabled={selfReview} />
    </>
  );
}
