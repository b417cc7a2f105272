import type { DocumentWithCodings } from '@/db/queries/documents';
import { DIMENSION_LABELS, DIMENSIONS, isFreeTextDimension, valueLabel } from '@/lib/domain/codebook';
import { formatPartialDate, PRECISION_LABELS } from '@/lib/domain/dates';
import Link from 'next/link';
import { CONFIDENCE_LABELS, DOCUMENT_TYPE_LABELS } from '@/lib/domain/vocabulary';
import { listNames } from '@/lib/domain/list-names';
import { ConfidenceBadge } from './confidence-badge';
import { DocumentRevisions } from './document-revisions';
import { QuoteBlock } from './quote-block';
import { SourceLinks } from './source-links';
import { VerifiedSources } from './verified-sources';
import { ScrollTable } from '@/components/ui/scroll-table';
import { actorHref, documentAnchorId } from '@/lib/url/hrefs';

/** One dated document of an actor: what it is, our reading, the quoted evidence and every coded value. */
export function DocumentCard({ doc, headingLevel = 3, hasSource = false }: { doc: DocumentWithCodings; headingLevel?: 2 | 3; hasSource?: boolean }) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const coded = new Set(doc.codings.filter((c) => c.value !== null || isFreeTextDimension(c.dimension)).map((c) => c.dimension));
  const notCoded = DIMENSIONS.filter((d) => !coded.has(d.key));
  return (
    <article className="doc" id={documentAnchorId(doc.slug)} aria-labelledby={`${documentAnchorId(doc.slug)}-title`}>
      <Heading id={`${documentAnchorId(doc.slug)}-title`}>{doc.title}</Heading>
      {doc.titleOriginal && (
        <p className="doc-meta">
          Original title: <span lang="und">{doc.titleOriginal}</span>
        </p>
      )}
      <p className="doc-meta">
        <time dateTime={doc.date}>{formatPartialDate(doc.date)}</time> ({PRECISION_LABELS[doc.datePrecision]}) ·{' '}
        <span className="tag">{DOCUMENT_TYPE_LABELS[doc.type]}</span> {doc.venue} · <SourceLinks url={doc.url} archiveUrl={doc.archiveUrl} title={doc.title} />
      </p>
      {doc.revisions && <DocumentRevisions revisions={doc.revisions} />}
      {doc.coAuthors.length > 0 && (
        <p className="doc-joint" data-co-authors={doc.coAuthors.map((a) => a.slug).join(' ')}>
          {doc.type === 'joint_statement' ? 'Joint statement' : 'Joint document'} with{' '}
          {doc.coAuthors.map((a, i) => (
            <span key={a.slug}>
              {listNames.separator(i, doc.coAuthors.length)}
              <Link href={actorHref(a.slug)}>{a.name}</Link>
            </span>
          ))}
          : one document, coded the same for every co-author.
        </p>
      )}
      {doc.confidence ? (
        <p>
          <ConfidenceBadge level={doc.confidence} />
          {doc.confidence === 'low' && <span className="low-flag"> Must be verified before citing</span>}
        </p>
      ) : (
        <p className="doc-uncoded">
          <span aria-hidden="true">? </span>Tracked document; its due-diligence content is not yet coded.
        </p>
      )}
      <p>
        <span className="visually-hidden">Our summary: </span>
        {doc.summary}
      </p>
      {doc.passages.map((p) => (
        <QuoteBlock
          key={p.id}
          quote={p.quote}
          locator={p.locator}
          role={p.role}
          sourceUrl={doc.url ?? doc.archiveUrl}
          inContext={hasSource ? { documentSlug: doc.slug, passageId: p.id } : null}
        />
      ))}
      {doc.codings.length > 0 && (
        <ScrollTable label={`Coded values: ${doc.title} (${doc.date})`}>
          <table className="doc-codings">
            <caption className="visually-hidden">Coded values in this document</caption>
            <tbody>
              {doc.codings.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{DIMENSION_LABELS[c.dimension]}</th>
                  <td>
                    {c.value !== null ? (
                      <span className={`outcome-label value-${c.value}`}>{valueLabel(c.dimension, c.value)}</span>
                    ) : c.dimension !== 'remedies' ? (
                      <span className="outcome-not_coded">
                        <span className="outcome-label">Not yet coded</span> — the actor&apos;s words are recorded:
                      </span>
                    ) : null}
                    {c.freeText && (
                      <span className="muted">
                        {' '}
                        {c.value !== null ? '— ' : ''}&ldquo;{c.freeText}&rdquo;
                      </span>
                    )}
                    {doc.confidence && c.confidence !== doc.confidence && (
                      <span className="value-confidence" data-value-confidence={c.confidence}>
                        {' '}
                        <ConfidenceBadge level={c.confidence} />{' '}
                        <span className="muted">for this value (the document: {CONFIDENCE_LABELS[doc.confidence].toLowerCase()})</span>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {doc.codings.length > 0 && notCoded.length > 0 && (
        <p className="notes">Not yet coded for this document: {notCoded.map((d) => DIMENSION_LABELS[d.key]).join(', ')}.</p>
      )}
      {(doc.notes || doc.verifiedFrom.length > 0) && (
        <details>
          <summary>{doc.notes ? 'What is uncertain, and where this was verified' : 'Where this was verified'}</summary>
          {doc.notes && <p className="notes">{doc.notes}</p>}
          {doc.verifiedFrom.length > 0 && <VerifiedSources urls={doc.verifiedFrom} className="notes" />}
        </details>
      )}
    </article>
  );
}
