import type { ReactNode } from 'react';
import Link from 'next/link';
import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { OutcomeLabel } from '@/components/positions/outcome-label';
import { QuoteBlock } from '@/components/positions/quote-block';
import { SourceLinks } from '@/components/positions/source-links';
import { VerifiedSources } from '@/components/positions/verified-sources';
import type { CellEvidence } from '@/db/queries/evidence';
import { DIMENSION_LABELS, valueLabel } from '@/lib/domain/codebook';
import { formatPartialDate, PRECISION_LABELS } from '@/lib/domain/dates';
import { CODING_REASON_LABELS, DOCUMENT_TYPE_LABELS } from '@/lib/domain/vocabulary';
import { formatCitation } from '@/lib/domain/evidence';
import { OUTCOME_KIND_DEFINITIONS } from '@/lib/domain/outcome-text';
import { CopyCitationButton } from './copy-citation-button';
import { EVIDENCE_ID } from '@/lib/compare/matrix-ids';

type Props = { cell: CellEvidence; closeHref?: string; deepLink: string; headingLevel?: 1 | 2 };

/** The drawer's close control: a plain link (without script it loads the matrix without the drawer); the drawer's
 *  script takes it over (`data-drawer-close`) so closing keeps the reader's place. */
function CloseLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} data-drawer-close="">
      {children}
    </a>
  );
}

/** Everything a cell rests on: quotes, document, summary, confidence and reason, sources, earlier versions. */
export function EvidencePanel({ cell, closeHref, deepLink, headingLevel = 2 }: Props) {
  const Heading = `h${headingLevel}` as 'h1' | 'h2';
  // Sub-headings sit one level below the panel's own heading, whether the panel is a page (h1) or a section (h2).
  const SubHeading = `h${headingLevel + 1}` as 'h2' | 'h3';
  const e = cell.evidence;
  return (
    <section id={EVIDENCE_ID} tabIndex={-1} aria-labelledby="evidence-title" className="doc">
      {closeHref && (
        <p className="no-print drawer-close">
          <CloseLink href={closeHref}>
            Close <span aria-hidden="true">✕</span>
          </CloseLink>
        </p>
      )}
      <Heading id="evidence-title">
        Evidence: {cell.actor.name} — {DIMENSION_LABELS[cell.dimension]}, as of {cell.asOf}
      </Heading>
      <p>
        <OutcomeLabel dimension={cell.dimension} outcome={cell.outcome} />
      </p>
      {!e && <p>{OUTCOME_KIND_DEFINITIONS[cell.outcome.kind]}</p>}
      {e && (
        <>
          {e.quotes.length > 0 ? (
            e.quotes.map((q) => (
              <QuoteBlock
                key={q.quote}
                quote={q.quote}
                locator={q.locator}
                role={q.role}
                sourceUrl={e.document.url}
                inContext={e.document.hasSource && q.passageId ? { documentSlug: e.document.slug, passageId: q.passageId } : null}
              />
            ))
          ) : (
            <p className="muted">No quote recorded for this document: the value rests on the sources below.</p>
          )}
          {e.freeText && <p>Actor&apos;s words recorded for this point: &ldquo;{e.freeText}&rdquo;</p>}
          <dl className="facts">
            <dt>Document</dt>
            <dd>{e.document.title}</dd>
            <dt>Date</dt>
            <dd>
              {formatPartialDate(e.document.date)} ({PRECISION_LABELS[e.document.datePrecision]})
            </dd>
            <dt>Type</dt>
            <dd>{DOCUMENT_TYPE_LABELS[e.document.type]}</dd>
            <dt>Venue</dt>
            <dd>{e.document.venue}</dd>
            <dt>Source</dt>
            <dd>
              <SourceLinks url={e.document.url} archiveUrl={e.document.archiveUrl} title={e.document.title} />
            </dd>
            <dt>Our summary</dt>
            <dd>{e.summary}</dd>
            <dt>Confidence</dt>
            <dd>
              <ConfidenceBadge level={e.confidence} />
              {e.confidence === 'low' && <span className="low-flag"> Must be verified before citing</span>}
              {e.confidenceReason && <p className="notes">{e.confidenceReason}</p>}
            </dd>
            <dt>Verified at</dt>
            <dd>
              <VerifiedSources urls={e.verifiedFrom} />
            </dd>
          </dl>
          <CopyCitationButton citation={formatCitation(cell.actor.name, e)} />
          <section aria-labelledby="history-title">
            <SubHeading id="history-title">Earlier versions of this coding</SubHeading>
            {cell.history.length === 0 ? (
              <p className="muted">None: this coding has not been corrected.</p>
            ) : (
              <>
                <p className="muted">
                  {CODING_REASON_LABELS.correction}s are changes of how we read this document, not changes of {cell.actor.name}&apos;s position.
                </p>
                <ol>
                  {cell.history.map((h) => (
                    <li key={h.id} data-history-reason={h.reason}>
                      <span className="tag">{CODING_REASON_LABELS[h.reason]}</span>{' '}
                      {h.value ? valueLabel(h.dimension, h.value) : h.freeText ? `“${h.freeText}”` : 'Withdrawn'} — recorded {h.createdAt.slice(0, 10)},{' '}
                      {h.confidence} confidence
                      {h.replacedBy.reason !== 'original' && (
                        <>
                          ; replaced on {h.replacedBy.createdAt.slice(0, 10)} by a {h.replacedBy.reason === 'withdrawal' ? 'withdrawal' : 'correction'} of our
                          coding
                          {h.replacedBy.reasonNote ? <>: {h.replacedBy.reasonNote}</> : null}
                        </>
                      )}
                    </li>
                  ))}
                </ol>
                {e.reason !== 'original' && e.reasonNote && (
                  <p className="notes">
                    {CODING_REASON_LABELS[e.reason]} ({e.createdAt.slice(0, 10)}): {e.reasonNote}
                  </p>
                )}
              </>
            )}
          </section>
        </>
      )}
      <p className="no-print">
        <Link href={deepLink}>Link to this evidence</Link>
        {closeHref && (
          <>
            {' · '}
            <CloseLink href={closeHref}>Close the evidence panel</CloseLink>
          </>
        )}
      </p>
    </section>
  );
}
