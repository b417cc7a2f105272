import { ActorTimelineChart } from '@/components/charts/actor-timeline-chart';
import type { TimelineEntry } from '@/lib/actor-timeline';
import { formatPartialDate } from '@/lib/dates';

/** The chart and its accessible twin, an ordered list with the same entries (works without JavaScript). */
export function ActorTimelineSection({ actorName, entries }: { actorName: string; entries: TimelineEntry[] }) {
  if (entries.length === 0) return null;
  const changed = entries.filter((e) => e.changes.length > 0).length;
  const summary = `${actorName}: ${entries.length} documents from ${entries[0]!.date.slice(0, 4)} to ${entries[entries.length - 1]!.date.slice(0, 4)}; ${changed} of them changed a coded value. The list below gives the same information.`;
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">Timeline</h2>
      <ActorTimelineChart points={entries} summary={summary} />
      <ol className="timeline-list" aria-label="Documents in date order">
        {entries.map((e) => (
          <li key={e.slug} data-slug={e.slug}>
            <a href={`#doc-${e.slug}`}>
              <time dateTime={e.date}>{formatPartialDate(e.date)}</time>
            </a>{' '}
            <span className="tag">{e.type}</span> {e.title}
            {e.changes.length > 0 ? (
              <ul>
                {e.changes.map((c) => (
                  <li key={c}>
                    <strong>
                      <span aria-hidden="true">★ </span>Changed
                    </strong>{' '}
                    {c}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted"> — no coded value changed</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
