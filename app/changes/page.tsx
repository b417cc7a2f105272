import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { listActors } from '@/db/queries/actors';
import { listChanges } from '@/db/queries/changes';
import { Notices } from '@/components/ui/notices';
import { describeChange } from '@/lib/change-text';
import { CHANGES_PAGE_SIZE, changesQuery, parseChangesParams } from '@/lib/changes-params';
import { formatPartialDate } from '@/lib/dates';
import type { SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Changes', alternates: { types: { 'application/atom+xml': '/changes.atom' } } };

export default async function ChangesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const actors = await listActors();
  const { params, notices } = parseChangesParams(await searchParams, new Set(actors.map((a) => a.slug)));
  const items = await listChanges(params);
  const pages = Math.max(1, Math.ceil(items.length / CHANGES_PAGE_SIZE));
  const page = Math.min(params.page, pages);
  const shown = items.slice((page - 1) * CHANGES_PAGE_SIZE, page * CHANGES_PAGE_SIZE);
  const feed = `/changes.atom${params.actor ? `?actor=${params.actor}` : ''}`;
  return (
    <>
      <h1>Changes</h1>
      <p className="lede">Every new document and every change of a coded value, newest first, dated by the day the document takes effect.</p>
      <p>
        <a href={feed}>Atom feed of these changes</a>
      </p>
      <Notices notices={notices} />
      <form className="filters" method="get" action="/changes" aria-label="Filter changes">
        <label>
          Actor
          <select name="actor" defaultValue={params.actor ?? ''}>
            <option value="">All actors</option>
            {actors
              .filter((a) => a.documentCount > 0)
              .map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          From (YYYY, YYYY-MM or YYYY-MM-DD)
          <input type="text" name="from" defaultValue={params.from ?? ''} size={10} />
        </label>
        <label>
          To
          <input type="text" name="to" defaultValue={params.to ?? ''} size={10} />
        </label>
        <button type="submit">Show</button>
      </form>
      <table>
        <caption>
          {items.length} item{items.length === 1 ? '' : 's'}
          {pages > 1 ? `, page ${page} of ${pages}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Actor</th>
            <th scope="col">What</th>
            <th scope="col">Document</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((i) => (
            <tr key={i.kind === 'document' ? `d-${i.document.slug}-${i.actor.slug}` : `c-${i.document.slug}-${i.actor.slug}-${i.dimension}`}>
              <td>
                <time dateTime={i.document.date}>{formatPartialDate(i.document.date)}</time>
              </td>
              <td>
                <Link href={`/actors/${i.actor.slug}`}>{i.actor.name}</Link>
              </td>
              <td>{i.kind === 'document' ? 'New document' : <strong>{describeChange(i.dimension, i.from, i.to)}</strong>}</td>
              <td>
                <Link href={`/actors/${i.actor.slug}#doc-${i.document.slug}`}>{i.document.title}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav aria-label="Pages">
          {page > 1 && <Link href={`/changes${changesQuery(params, page - 1)}`}>← Newer</Link>} {page < pages && <Link href={`/changes${changesQuery(params, page + 1)}`}>Older →</Link>}
        </nav>
      )}
    </>
  );
}
