import Link from 'next/link';
import { DOCUMENT_CORRECTION_HEADING, describeDocumentCorrection, type DocumentCorrectionItem } from '@/lib/changes/document-correction-text';
import { formatPartialDate } from '@/lib/domain/dates';
import { listNames } from '@/lib/domain/list-names';
import { actorHref } from '@/lib/url/hrefs';

/**
 * Corrections of documents' own records (title, date, authors, our summary…) and withdrawals of documents: the
 * tracker's record of a document was wrong, the actor said nothing new. A corrected date can move when a position
 * counts from, which is why they are listed here and not only on the document's card.
 */
export function DocumentCorrectionsTable({ rows }: { rows: DocumentCorrectionItem[] }) {
  return (
    <section aria-labelledby="document-corrections-heading">
      <h2 id="document-corrections-heading">Corrections of documents’ records</h2>
      <p>
        Where we corrected our record of a document itself — its title, date, type, venue, addresses, authors, or our summary or note — or withdrew a document
        that should not have been in the record. These are not changes of an actor’s position. Each is also shown on the document’s card, with the reason.
      </p>
      {rows.length === 0 ? (
        <p role="status">No correction of a document’s record in this period.</p>
      ) : (
        <table id="document-corrections-table" className="phone-cards">
          <caption>
            {rows.length} correction{rows.length === 1 ? '' : 's'} of a document’s record
          </caption>
          <thead>
            <tr>
              <th scope="col">Corrected on</th>
              <th scope="col">Document</th>
              <th scope="col">{DOCUMENT_CORRECTION_HEADING}</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.revisionId} data-revision={c.revisionId} data-kind={c.kind} data-document={c.document.slug}>
                <td data-label="Corrected on">
                  <time dateTime={c.at.slice(0, 10)}>{formatPartialDate(c.at.slice(0, 10))}</time>
                </td>
                <th scope="row">
                  {/* A withdrawn document has no card left to link to. */}
                  {c.kind === 'withdrawal' || c.authors.length === 0 ? (
                    c.document.title
                  ) : (
                    <Link href={actorHref(c.authors[0]!.slug, { document: c.document.slug })}>{c.document.title}</Link>
                  )}{' '}
                  ({formatPartialDate(c.document.date)})
                  {c.authors.length > 0 && <span className="muted"> — {listNames.join(c.authors.map((a) => a.name))}</span>}
                </th>
                <td data-label={DOCUMENT_CORRECTION_HEADING}>
                  <span className="tag">{c.kind === 'withdrawal' ? 'Withdrawn' : 'Corrected'}</span> {describeDocumentCorrection(c)}
                </td>
                <td data-label="Why">{c.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
