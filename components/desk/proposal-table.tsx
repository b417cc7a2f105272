import Link from 'next/link';
import { PROPOSAL_KIND_LABELS } from '@/lib/desk/proposal-title';
import { reviewHref } from '@/lib/url/hrefs';
import type { ProposalItem } from '@/server/desk/views/proposals';
import { ProposalStatus } from './proposal-status';
import { ScrollTable } from '@/components/ui/scroll-table';

/** Optional columns: who proposed it and why (the review queue), or the reviewer's answer (an editor's own list). */
type Column = 'author' | 'reason' | 'review';

/** A list of proposals, each named by what it changes and linking to its page. */
export function ProposalTable({ caption, rows, columns }: { caption: string; rows: ProposalItem[]; columns: Column[] }) {
  const show = new Set(columns);
  return (
    <ScrollTable label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Proposal</th>
            <th scope="col">Kind</th>
            {show.has('author') && <th scope="col">By</th>}
            {show.has('reason') && <th scope="col">Reason</th>}
            <th scope="col">Status</th>
            {show.has('review') && <th scope="col">Review</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <td>
                <Link href={reviewHref(p.id)}>
                  #{p.id} {p.title}
                </Link>
              </td>
              <td>{PROPOSAL_KIND_LABELS[p.kind]}</td>
              {show.has('author') && <td>{p.authorLabel}</td>}
              {show.has('reason') && <td>{p.reason}</td>}
              <td>
                <ProposalStatus status={p.status} />
              </td>
              {show.has('review') && <td>{p.reviewReason ? `${p.reviewerLabel}: ${p.reviewReason}` : '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
