import type { Metadata } from 'next';
import { DeskPager } from '@/components/desk/desk-pager';
import { QueueFilters } from '@/components/desk/queue/queue-filters';
import { QueueItem } from '@/components/desk/queue/queue-item';
import { Notices } from '@/components/ui/notices';
import { QUEUE_KIND_LABELS } from '@/lib/desk/verify-queue';
import type { SearchParams } from '@/lib/url/search-params';
import { loadVerifyQueue } from '@/server/desk/views/verify';

export const metadata: Metadata = { title: 'Verification queue' };

export default async function VerifyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { params, notices, actors, countsByKind, total, page, items, hrefOfPage } = await loadVerifyQueue(await searchParams);
  const scope = params.kind ? QUEUE_KIND_LABELS[params.kind].toLowerCase() : 'items';
  return (
    <>
      <h1>Verification queue</h1>
      <p className="lede">
        What most needs a person with the document in hand, most urgent first: {total.toLocaleString('en')} items in all. Each has a button that starts the
        right proposal.
      </p>
      <Notices notices={notices} />
      <QueueFilters params={params} actors={actors} counts={countsByKind} />
      <h2>
        {page.total.toLocaleString('en')} {scope}
        {page.pages > 1 ? `, ${page.start + 1}–${page.end} shown` : ''}
      </h2>
      {items.length === 0 ? (
        <p className="muted">Nothing here: every item of this kind is done, or the filters exclude it.</p>
      ) : (
        <ol start={page.start + 1} className="queue">
          {items.map((item, i) => (
            <li key={`${item.kind}-${item.actor.slug}-${page.start + i}`}>
              <QueueItem item={item} />
            </li>
          ))}
        </ol>
      )}
      <DeskPager page={page} hrefOf={hrefOfPage} noun="the queue" />
    </>
  );
}
