import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import type { TimelineEntry } from '@/lib/timeline/actor-timeline';
import { formatPartialDate } from '@/lib/domain/dates';
import type { CardPlace } from '@/lib/documents/actor-document-pages';
import { documentAnchorId } from '@/lib/url/hrefs';
import styles from './timeline.module.css';

function Changes({ entry }: { entry: TimelineEntry }) {
  if (entry.changes.length === 0) {
    return <span className="muted"> — {entry.coded ? 'no coded value changed' : 'not yet coded'}</span>;
  }
  return (
    <ul className={styles.changes}>
      {entry.changes.map((c) => (
        <li key={c.text}>
          <strong>
            <span aria-hidden="true">★ </span>Changed
          </strong>{' '}
          {c.text}
          {c.confidence === 'low' && (
            <>
              {' '}
              <ConfidenceBadge level="low" />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The actor's documents in date order, each with the value changes it brought (the steps of the charts above). The
 * list is complete even when the cards below are paged: each entry links to its card, and an entry whose card is on
 * another page holds the card's anchor itself, so a link to that document from elsewhere (the changes feed, search)
 * lands here, next to the link to the card's page, with or without JavaScript.
 */
export function ActorTimelineSection({ entries, cardOf }: { entries: TimelineEntry[]; cardOf: (slug: string) => CardPlace }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">Document by document</h2>
      <ol className={`timeline-list ${styles.list}`} aria-label="Documents in date order">
        {entries.map((e) => {
          const card = cardOf(e.slug);
          return (
            <li key={e.slug} data-slug={e.slug} id={card.onThisPage ? undefined : documentAnchorId(e.slug)}>
              <a href={card.href}>
                <time dateTime={e.date}>{formatPartialDate(e.date)}</time>
              </a>{' '}
              <span className="tag">{e.type}</span> {e.title}
              <Changes entry={e} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
