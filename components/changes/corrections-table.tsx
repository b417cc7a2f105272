import Link from 'next/link';
import { CORRECTION_HEADING, describeCorrection, type CorrectionItem } from '@/lib/changes/correction-text';
import { formatPartialDate } from '@/lib/domain/dates';
import { actorHref } from '@/lib/url/hrefs';

/**
 * Corrections of our coding, apart from changes of position: the tracker read a document differently (e.g. the
 * codebook 1.1.0 recode), the actor said nothing new. The earlier value stays in the evidence history.
 */
export function CorrectionsTable({ rows }: { rows: CorrectionItem[] }) {
  return (
    <section aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections of our coding</h2>
      <p>
        Where we corrected how a document is coded. These are not changes of an actor’s position: the document is the same, our reading of it was corrected. The
        earlier value stays in the document’s evidence history.
      </p>
      {rows.length === 0 ? (
        <p role="status">No correction of our coding in this period.</p>
      ) : (
        <table id="corrections-table" className="phone-cards">
          <caption id="corrections-caption">
            {rows.length} correction{rows.length === 1 ? '' : 's'} of our coding
          </caption>
          <thead>
            <tr>
              <th scope="col">Corrected on</th>
              <th scope="col">Actor</th>
              <th scope="col">Document</th>
              <th scope="col">{CORRECTION_HEADING}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.codingId} data-correction={c.codingId} data-actor={c.actor.slug} data-document={c.document.slug} data-dimension={c.dimension}>
                <td data-label="Corrected on">
                  <time dateTime={c.createdAt.slice(0, 10)}>{formatPartialDate(c.createdAt.slice(0, 10))}</time>
                </td>
                <th scope="row">
                  <Link href={actorHref(c.actor.slug)}>{c.actor.name}</Link>
                </th>
                <td data-label="Document">
                  <Link href={actorHref(c.actor.slug, { document: c.document.slug })}>{c.document.title}</Link> ({formatPartialDate(c.document.date)})
                </td>
                <td data-label={CORRECTION_HEADING}>
                  <span className="tag">{CORRECTION_HEADING}</span> {describeCorrection(c)}
                  {c.reasonNote && <span className="muted"> — {c.reasonNote}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
