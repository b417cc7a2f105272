import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import type { TimelineEntry } from '@/lib/timeline/actor-timeline';
import { formatPartialDate } from '@/lib/domain/dates';
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

/** The actor's documents in date order, each with the value changes it brought (the steps of the charts above). */
export function ActorTimelineSection({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">Document by document</h2>
      <ol className={`timeline-list ${styles.list}`} aria-label="Documents in date order">
        {entries.map((e) => (
          <li key={e.slug} data-slug={e.slug}>
            <a href={`#doc-${e.slug}`}>
              <time dateTime={e.date}>{formatPartialDate(e.date)}</time>
            </a>{' '}
            <span className="tag">{e.type}</span> {e.title}
            <Changes entry={e} />
          </li>
        ))}
      </ol>
    </section>
  );
}
