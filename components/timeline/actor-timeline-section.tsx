import { ActorTimelineChart } from '@/components/charts/actor-timeline-chart';
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

/** The chart and its accessible twin, an ordered list with the same entries (works without JavaScript). */
export function ActorTimelineSection({ actorName, entries }: { actorName: string; entries: TimelineEntry[] }) {
  if (entries.length === 0) return null;
  const changed = entries.filter((e) => e.changes.length > 0).length;
  const first = formatPartialDate(entries[0]!.date);
  const last = formatPartialDate(entries[entries.length - 1]!.date);
  const summary =
    entries.length === 1
      ? `${actorName}: one document (${first}).`
      : `${actorName}: ${entries.length} documents from ${first} to ${last}; ${changed} of them changed a coded value (drawn as stars). The list below gives the same information.`;
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">Timeline</h2>
      {entries.length > 1 && <ActorTimelineChart points={entries} summary={summary} />}
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
