import type { TimelineMarker } from '@/db/queries/timeline';
import { formatPartialDate } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/plural';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from '@/lib/domain/vocabulary';
import type { MomentWindow } from '@/lib/timeline/moments';
import { actorHref, compareWith } from '@/lib/url/hrefs';
import type { CompareFilters } from '@/lib/url/timeline-params';

type Props = {
  moments: MomentWindow<TimelineMarker>;
  compareFilters: CompareFilters;
  /** The same timeline listing every moment (used when some are left out) or only the latest (when all are listed). */
  allHref: string;
  latestHref: string | null;
};

/**
 * The numbered moments drawn as dashed lines on the chart, each with its document and the matrix as of that day.
 * Plain links: a client router link would add a component per moment to the page's payload and buy nothing here.
 */
export function TimelineMarkers({ moments, compareFilters, allHref, latestHref }: Props) {
  const { shown, first, total } = moments;
  if (total === 0) return null;
  return (
    <section aria-labelledby="moments">
      <h2 id="moments">Key multilateral moments in the data</h2>
      <p className="muted">Documents of multilateral bodies and common positions of regional organisations, numbered as the dashed lines on the chart.</p>
      {shown.length < total ? (
        <p className="no-print">
          The latest {shown.length} of {plural(total, 'moment')}, numbered from the earliest. <a href={allHref}>List all {plural(total, 'moment')}</a>
        </p>
      ) : latestHref ? (
        <p className="no-print">
          All {plural(total, 'moment')}. <a href={latestHref}>Show only the latest</a>
        </p>
      ) : null}
      <ol start={first}>
        {shown.map((m) => (
          <li key={`${m.documentSlug}-${m.actorSlug}`}>
            <time dateTime={m.date}>{formatPartialDate(m.date)}</time> — {m.actorName}, {DOCUMENT_TYPE_LABELS[m.type as DocumentType]?.toLowerCase() ?? m.type}:{' '}
            <a href={actorHref(m.actorSlug, { document: m.documentSlug })}>{m.title}</a>{' '}
            <span className="no-print">
              (<a href={compareWith({ asOf: m.effective, ...compareFilters })}>positions as of {m.effective}</a>)
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
