import type { DocumentRevisionItem } from '@/lib/documents/revisions';
import { formatPartialDate } from '@/lib/domain/dates';

const day = (iso: string) => formatPartialDate(iso.slice(0, 10));

/**
 * Corrections of our record of a document, and its withdrawal, each with its day and the editor's reason:
 * "Corrected on 7 December 2026: Title was “…”, now “…” — reason".
 */
export function DocumentRevisions({ revisions }: { revisions: readonly DocumentRevisionItem[] }) {
  if (revisions.length === 0) return null;
  return (
    <ul className="doc-revisions" aria-label="Corrections of this record">
      {revisions.map((r, i) => (
        <li key={i} data-revision={r.kind}>
          <strong>
            {r.kind === 'withdrawal' ? 'Withdrawn' : 'Corrected'} on <time dateTime={r.at.slice(0, 10)}>{day(r.at)}</time>:
          </strong>{' '}
          {r.changes.map((c, j) => (
            <span key={c.field}>
              {j > 0 && '; '}
              {c.field} was “{c.before}”, now “{c.after}”
            </span>
          ))}
          {r.changes.length > 0 ? ' — ' : ''}
          {r.reason}
        </li>
      ))}
    </ul>
  );
}
