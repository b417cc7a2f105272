import Link from 'next/link';
import type { TimelineMarker } from '@/db/queries/timeline';
import { formatPartialDate } from '@/lib/domain/dates';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from '@/lib/domain/vocabulary';

/** The numbered moments drawn as dashed lines on the chart, each with its document and the matrix as of that day. */
export function TimelineMarkers({ markers, compareQuery }: { markers: TimelineMarker[]; compareQuery: string }) {
  if (markers.length === 0) return null;
  return (
    <section aria-labelledby="moments">
      <h2 id="moments">Key multilateral moments in the data</h2>
      <p className="muted">Documents of multilateral bodies and common positions of regional organisations, numbered as the dashed lines on the chart.</p>
      <ol>
        {markers.map((m) => (
          <li key={`${m.documentSlug}-${m.actorSlug}`}>
            <time dateTime={m.date}>{formatPartialDate(m.date)}</time> — {m.actorName}, {DOCUMENT_TYPE_LABELS[m.type as DocumentType]?.toLowerCase() ?? m.type}:{' '}
            <Link href={`/actors/${m.actorSlug}#doc-${m.documentSlug}`}>{m.title}</Link>{' '}
            <span className="no-print">
              (<Link href={`/compare?asOf=${m.effective}${compareQuery.replace(/^\?/, '&')}`}>positions as of {m.effective}</Link>)
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
