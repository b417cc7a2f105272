import Link from 'next/link';
import type { TimelineMarker } from '@/db/queries/timeline';
import { formatPartialDate } from '@/lib/domain/dates';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from '@/lib/domain/vocabulary';
import { actorHref, compareWith } from '@/lib/url/hrefs';
import type { CompareFilters } from '@/lib/url/timeline-params';

/** The numbered moments drawn as dashed lines on the chart, each with its document and the matrix as of that day. */
export function TimelineMarkers({ markers, compareFilters }: { markers: TimelineMarker[]; compareFilters: CompareFilters }) {
  if (markers.length === 0) return null;
  return (
    <section aria-labelledby="moments">
      <h2 id="moments">Key multilateral moments in the data</h2>
      <p className="muted">Documents of multilateral bodies and common positions of regional organisations, numbered as the dashed lines on the chart.</p>
      <ol>
        {markers.map((m) => (
          <li key={`${m.documentSlug}-${m.actorSlug}`}>
            <time dateTime={m.date}>{formatPartialDate(m.date)}</time> — {m.actorName}, {DOCUMENT_TYPE_LABELS[m.type as DocumentType]?.toLowerCase() ?? m.type}:{' '}
            <Link href={actorHref(m.actorSlug, { document: m.documentSlug })}>{m.title}</Link>{' '}
            <span className="no-print">
              (<Link href={compareWith({ asOf: m.effective, ...compareFilters })}>positions as of {m.effective}</Link>)
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
