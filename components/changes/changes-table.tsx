import Link from 'next/link';
import type { DocumentChanges } from '@/db/queries/changes';
import { diffPath } from '@/lib/changes/changes-feed';
import { formatPartialDate } from '@/lib/domain/dates';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from '@/lib/domain/vocabulary';
import { ChangeLine } from './change-line';
import styles from './changes.module.css';
import { actorHref } from '@/lib/url/hrefs';

function Changes({ row }: { row: DocumentChanges }) {
  if (row.changes.length === 0) return <span className="muted">{row.coded ? 'No coded value changed' : 'Not yet coded'}</span>;
  return (
    <ul className={styles.changeList}>
      {row.changes.map((c) => (
        <li key={c.dimension} data-dimension={c.dimension}>
          <ChangeLine dimension={c.dimension} from={c.from} to={c.to} />
        </li>
      ))}
    </ul>
  );
}

/** One row per document (per author), newest first, with the value changes it brought and a link to the diff. */
export function ChangesTable({ rows, caption }: { rows: DocumentChanges[]; caption: string }) {
  return (
    <table id="changes-table" className="phone-cards">
      <caption id="changes-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Actor</th>
          <th scope="col">New document</th>
          <th scope="col">Changes of coded values</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const diff = diffPath(r.actor.slug, r.previous, r.document);
          return (
            <tr key={`${r.document.slug}-${r.actor.slug}`} data-document={r.document.slug} data-actor={r.actor.slug} data-changes={r.changes.length}>
              <td data-label="Date">
                <time dateTime={r.document.date}>{formatPartialDate(r.document.date)}</time>
              </td>
              <th scope="row">
                <Link href={actorHref(r.actor.slug)}>{r.actor.name}</Link>
              </th>
              <td data-label="New document">
                <span className="tag">{DOCUMENT_TYPE_LABELS[r.document.type as DocumentType] ?? r.document.type}</span>{' '}
                <Link href={actorHref(r.actor.slug, { document: r.document.slug })}>{r.document.title}</Link>
              </td>
              <td data-label="Changes">
                <Changes row={r} />
                {diff && (
                  <p className={`no-print ${styles.diffLink}`}>
                    <Link href={diff}>
                      Compare with the previous document<span className="visually-hidden"> of {r.actor.name}</span>
                    </Link>
                  </p>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
