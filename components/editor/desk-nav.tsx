import Link from 'next/link';
import { roleAtLeast, type UserRole } from '@/lib/auth/roles';
import styles from './editor.module.css';

const LINKS: { href: string; label: string; role: UserRole }[] = [
  { href: '/editor', label: 'Desk', role: 'editor' },
  { href: '/editor/propose/document', label: 'Propose a document', role: 'editor' },
  { href: '/editor/verify', label: 'Verification queue', role: 'editor' },
  { href: '/editor/review', label: 'Review queue', role: 'editor' },
  { href: '/editor/audit', label: 'Audit log', role: 'editor' },
  { href: '/editor/users', label: 'Users', role: 'admin' },
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
