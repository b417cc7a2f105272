import type { Metadata } from 'next';
import Link from 'next/link';
import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { DIMENSION_LABELS, valueLabel } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import { requireDeskUser } from '@/server/auth/session';
import { getVerificationQueue } from '@/server/desk/verification';
import { proposeCodingHref, proposeCorrectionHref, proposeDocumentHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Verification queue' };

const SHOWN = 60;

function More({ total }: { total: number }) {
  return total > SHOWN ? (
    <p className="muted">
      Showing the first {SHOWN} of {total}.
    </p>
  ) : null;
}

export default async function VerifyPage() {
  await requireDeskUser('/editor/verify');
  const q = getVerificationQueue();
  return (
    <>
      <h1>Verification queue</h1>
      <p className="lede">What most needs a person with the document in hand, most urgent first. Each item has a button that starts the right proposal.</p>
      <nav aria-label="Sections">
        <ol>
          <li>
            <a href="#low">States’ applicability values with low confidence</a> ({q.lowConfidence.length})
          </li>
          <li>
            <a href="#context">Context-only quotes</a> ({q.contextQuotes?.length ?? 'not recorded yet'})
          </li>
          <li>
            <a href="#uncoded">Dimensions not yet coded for States with documents</a> ({q.uncoded.length})
          </li>
          <li>
            <a href="#nodoc">States with no document</a> ({q.noDocument.length})
          </li>
        </ol>
      </nav>

      <h2 id="low">1. States’ applicability values with low confidence</h2>
      {q.lowConfidence.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {q.lowConfidence.slice(0, SHOWN).map((i) => (
            <li key={i.codingId}>
              <strong>{i.actorName}</strong>: {valueLabel('applicability', i.value)} <ConfidenceBadge level="low" compact /> in “{i.documentTitle}” (
              {formatPartialDate(i.date)}){' '}
              <Link className="button secondary" href={proposeCorrectionHref(i.codingId)}>
                Verify or correct<span className="visually-hidden"> {i.actorName}’s applicability</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <More total={q.lowConfidence.length} />

      <h2 id="context">2. Context-only quotes</h2>
      {q.contextQuotes === null ? (
        <p className="muted">This database does not record yet which quotes are context only (dataset 1.1 adds it).</p>
      ) : q.contextQuotes.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {q.contextQuotes.slice(0, SHOWN).map((i, n) => (
            <li key={n}>
              <strong>{i.actorName}</strong>, “{i.documentTitle}” ({formatPartialDate(i.date)}): context quote “{i.quote.slice(0, 120)}
              {i.quote.length > 120 ? '…' : ''}”{' '}
              {i.codingId !== null ? (
                <Link className="button secondary" href={proposeCorrectionHref(i.codingId)}>
                  Add the due-diligence passage<span className="visually-hidden"> for {i.actorName}</span>
                </Link>
              ) : (
                <Link className="button secondary" href={proposeDocumentHref(i.actorSlug)}>
                  Propose a coded document<span className="visually-hidden"> for {i.actorName}</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <More total={q.contextQuotes?.length ?? 0} />

      <h2 id="uncoded">3. Dimensions not yet coded for States with documents</h2>
      {q.uncoded.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {q.uncoded.slice(0, SHOWN).map((i) => (
            <li key={`${i.actorSlug}-${i.dimension}`}>
              <strong>{i.actorName}</strong>: {DIMENSION_LABELS[i.dimension]} not yet coded (latest document “{i.documentTitle}”, {formatPartialDate(i.date)}){' '}
              {i.codingId !== null ? (
                <Link className="button secondary" href={proposeCorrectionHref(i.codingId)}>
                  Code it<span className="visually-hidden"> for {i.actorName}</span>
                </Link>
              ) : (
                <Link className="button secondary" href={proposeCodingHref({ document: i.documentSlug, actor: i.actorSlug, dimension: i.dimension })}>
                  Code it<span className="visually-hidden"> for {i.actorName}</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <More total={q.uncoded.length} />

      <h2 id="nodoc">4. States with no document</h2>
      {q.noDocument.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {q.noDocument.slice(0, SHOWN).map((i) => (
            <li key={i.actorSlug}>
              <strong>{i.actorName}</strong>{' '}
              <Link className="button secondary" href={proposeDocumentHref(i.actorSlug)}>
                Propose a document<span className="visually-hidden"> for {i.actorName}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <More total={q.noDocument.length} />
    </>
  );
}
