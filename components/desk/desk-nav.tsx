import Link from 'next/link';
import { roleAtLeast, type UserRole } from '@/lib/desk/roles';
import { deskAuditHref, deskHref, deskReviewQueueHref, deskUsersHref, deskVerifyHref, proposeDocumentHref } from '@/lib/url/hrefs';
import styles from './desk.module.css';

const LINKS: { href: string; label: string; role: UserRole }[] = [
  { href: deskHref(), label: 'Desk', role: 'editor' },
  { href: proposeDocumentHref(), label: 'Propose a document', role: 'editor' },
  { href: deskVerifyHref(), label: 'Verification queue', role: 'editor' },
  { href: deskReviewQueueHref(), label: 'Review queue', role: 'editor' },
  { href: deskAuditHref(), label: 'Audit log', role: 'editor' },
  { href: deskUsersHref(), label: 'Users', role: 'admin' },
];

/** The desk's own navigation, with who is signed in and a sign-out button (a form: works without JavaScript). */
export function DeskNav({ label, role, signOut }: { label: string; role: UserRole; signOut: () => Promise<void> }) {
  return (
    <nav aria-label="Editorial desk" className={styles.deskNav}>
      <ul>
        {LINKS.filter((l) => roleAtLeast(role, l.role)).map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
      </ul>
      <span className={styles.who}>
        Signed in as {label} ({role})
        <form action={signOut}>
          <button type="submit" className="secondary">
            Sign out
          </button>
        </form>
      </span>
    </nav>
  );
}
