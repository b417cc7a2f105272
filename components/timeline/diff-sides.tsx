import Link from 'next/link';
import type { DocumentWithCodings } from '@/db/queries/documents';
import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { QuoteBlock } from '@/components/positions/quote-block';
import { SourceLinks } from '@/components/positions/source-links';
import { formatPartialDate } from '@/lib/domain/dates';
import { DOCUMENT_TYPE_LABELS } from '@/lib/domain/vocabulary';
import styles from './timeline.module.css';
import { actorHref } from '@/lib/url/hrefs';

function Side({ label, doc, actorSlug }: { label: string; doc: DocumentWithCodings; actorSlug: string }) {
  return (
    <div className={styles.side}>
      <h2 className={styles.sideLabel}>
        {label}: <time dateTime={doc.date}>{formatPartialDate(doc.date)}</time>
      </h2>
      <p>
        <span className="tag">{DOCUMENT_TYPE_LABELS[doc.type]}</span> <Link href={actorHref(actorSlug, { document: doc.slug })}>{doc.title}</Link>
      </p>
      <p className="doc-meta">
        <SourceLinks url={doc.url} archiveUrl={doc.archiveUrl} title={doc.title} />
        {doc.confidence && (
          <>
            {' · '}
            <ConfidenceBadge level={doc.confidence} />
            {doc.confidence === 'low' && <span className="low-flag"> Must be verified before citing</span>}
          </>
        )}
      </p>
      {doc.passages.length > 0 ? (
        doc.passages.map((p) => <QuoteBlock key={p.id} quote={p.quote} locator={p.locator} role={p.role} sourceUrl={doc.url ?? doc.archiveUrl} />)
      ) : (
        <p className="muted">No quote recorded for this document.</p>
      )}
    </div>
  );
}

/** The two documents being compared, side by side: date, type, title, source, confidence and quoted evidence. */
export function DiffSides({ from, to, actorSlug }: { from: DocumentWithCodings; to: DocumentWithCodings; actorSlug: string }) {
  return (
    <div className={styles.sides}>
      <Side label="Before" doc={from} actorSlug={actorSlug} />
      <Side label="After" doc={to} actorSlug={actorSlug} />
    </div>
  );
}
