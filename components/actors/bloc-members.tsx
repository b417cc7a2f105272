import Link from 'next/link';
import { formatPartialDate } from '@/lib/domain/dates';
import { actorHref, compareWith } from '@/lib/url/hrefs';

type Member = { slug: string; name: string; fromDate: string; documentCount: number };

/**
 * Every member of a bloc on a date, not only those the tracker has documents for: a member with none is marked
 * "no document tracked" in words (and a dash), never left out.
 */
export function BlocMembers({ blocName, blocSlug, asOf, members }: { blocName: string; blocSlug: string; asOf: string; members: Member[] }) {
  const withDocs = members.filter((m) => m.documentCount > 0).length;
  return (
    <section aria-labelledby="members">
      <h2 id="members">Members as of {formatPartialDate(asOf)}</h2>
      <p id="member-count">
        {members.length} member{members.length === 1 ? '' : 's'} of {blocName} on {asOf}: {withDocs} with at least one tracked document,{' '}
        {members.length - withDocs} with no document tracked.
      </p>
      <ul className="member-list" aria-label={`Members of ${blocName}`}>
        {members.map((m) => (
          <li key={m.slug} data-member={m.slug} data-documents={m.documentCount}>
            <Link href={actorHref(m.slug)}>{m.name}</Link>{' '}
            {m.documentCount > 0 ? (
              <span className="tag">
                {m.documentCount} document{m.documentCount === 1 ? '' : 's'}
              </span>
            ) : (
              <span className="outcome-no_document muted">
                <span aria-hidden="true">— </span>no document tracked
              </span>
            )}
          </li>
        ))}
      </ul>
      <p>
        <Link href={compareWith({ group: blocSlug, asOf })}>Compare the members&apos; positions</Link>
      </p>
    </section>
  );
}
