import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { loadChangesView } from '@/server/views/changes';
import { CorrectionsTable } from '@/components/changes/corrections-table';
import { DocumentCorrectionsTable } from '@/components/changes/document-corrections-table';
import { ChangesFilters } from '@/components/changes/changes-filters';
import { ChangesTable } from '@/components/changes/changes-table';
import { ChosenActors } from '@/components/changes/chosen-actors';
import { listNames } from '@/lib/domain/list-names';
import styles from '@/components/changes/changes.module.css';
import { Notices } from '@/components/ui/notices';
import { CHANGES_PAGE_SIZE, changesQuery } from '@/lib/url/changes-params';
import type { SearchParams } from '@/lib/url/search-params';
import { changesFeedHref, changesHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Changes', alternates: { types: { 'application/atom+xml': '/changes.atom' } } };

export default async function ChangesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const view = await loadChangesView(await searchParams);
  // Actors typed by name, or the older actor=: the address becomes the one a link would use.
  if (view.canonical) redirect(view.canonical);
  const { params, actors, chosen, rows, corrections, documentCorrections } = view;
  const notices = [...view.notices];
  const pages = Math.max(1, Math.ceil(rows.length / CHANGES_PAGE_SIZE));
  const page = Math.min(params.page, pages);
  if (page < params.page) notices.push(`There ${pages === 1 ? 'is only one page' : `are only ${pages} pages`}; showing the last.`);
  const shown = rows.slice((page - 1) * CHANGES_PAGE_SIZE, page * CHANGES_PAGE_SIZE);
  const changes = rows.reduce((n, r) => n + r.changes.length, 0);
  const feed = changesFeedHref(changesQuery({ ...params, page: 1 }));
  const caption = `${rows.length} document${rows.length === 1 ? '' : 's'} and ${changes} change${changes === 1 ? '' : 's'} of coded values${pages > 1 ? `; page ${page} of ${pages}` : ''}`;
  return (
    <>
      <h1>Changes</h1>
      <p className="lede">
        Every new document and every change of a coded value, newest first, dated by the day the document takes effect. A later document that is silent on a
        point does not change the value (the as-of rule keeps the earlier one). Corrections of our own coding and of our record of a document are listed apart,
        below: they are never changes of a position.
      </p>
      <p>
        <a href={feed} type="application/atom+xml">
          Atom feed of these changes
        </a>
      </p>
      <Notices notices={notices} />
      <ChangesFilters params={params} actors={actors.filter((a) => a.documentCount > 0)} />
      {chosen.length > 0 && <ChosenActors chosen={chosen} rows={rows} />}
      {rows.length === 0 ? (
        <p role="status">No document takes effect in this period{chosen.length ? ` for ${listNames.join(chosen.map((a) => a.name))}` : ''}.</p>
      ) : (
        <ChangesTable rows={shown} caption={caption} />
      )}
      {pages > 1 && (
        <nav aria-label="Pages of changes" className={styles.pager}>
          {page > 1 && <Link href={changesHref(changesQuery(params, page - 1))}>← Newer</Link>}
          {page < pages && <Link href={changesHref(changesQuery(params, page + 1))}>Older →</Link>}
        </nav>
      )}
      <CorrectionsTable rows={corrections} />
      <DocumentCorrectionsTable rows={documentCorrections} />
    </>
  );
}
