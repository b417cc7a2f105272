import Link from 'next/link';
import { formatPartialDate } from '@/lib/dates';
import { describeCorrection, type CodingCorrection } from '@/lib/corrections';

/** Corrections of our coding: dated by when we corrected, with the earlier value and the reason. */
export function CorrectionsTable({ rows }: { rows: CodingCorrection[] }) {
  if (rows.length === 0) return <p className="muted">No corrections of our coding in this selection.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="corrections-caption">
      <table id="corrections-table">
        <caption id="corrections-caption">
          {rows.length} correction{rows.length === 1 ? '' : 's'} of our coding
        </caption>
        <thead>
          <tr>
            <th scope="col">Corrected on</th>
            <th scope="col">Actor</th>
            <th scope="col">Document</th>
            <th scope="col">What changed</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} data-correction={c.kind} data-actor={c.actorSlug}>
              <td>
                <time dateTime={c.at}>{c.at.slice(0, 10)}</time>
              </td>
              <th scope="row">
                <Link href={`/actors/${c.actorSlug}`}>{c.actorName}</Link>
              </th>
              <td>
                <Link href={`/actors/${c.actorSlug}#doc-${c.documentSlug}`}>{c.documentTitle}</Link> ({formatPartialDate(c.documentDate)})
              </td>
              <td>
                <span className="tag">{c.kind === 'withdrawal' ? 'Withdrawal of our coding' : 'Correction of our coding'}</span> {describeCorrection(c)}
              </td>
              <td>{c.reason ?? <span className="muted">no reason recorded</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
