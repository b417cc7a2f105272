import { fieldId, type DeskForm } from '@/lib/desk/fields';
import { SOURCE_UNIT_LABELS } from '@/lib/sources/vocabulary';
import { unverifiedQuotes } from '@/lib/sources/verify-quotes';
import { sourceHref } from '@/lib/url/hrefs';
import { sourceQuery } from '@/lib/url/source-params';
import type { ProposalQuoteChecks, ShownQuoteCheck } from '@/server/sources/quote-checks';
import { QuoteInPage } from './quote-in-page';

type Stage = 'preview' | 'pending' | 'published' | 'rejected';

const FORM_OF_KIND: Record<string, DeskForm> = { coding: 'coding', correction: 'correction', new_document: 'document' };

function Status({ check, unit }: { check: ShownQuoteCheck; unit: string }) {
  const pages = `${unit.toLowerCase()}${check.pages.length > 1 ? 's' : ''} ${check.pages.join(', ')}`;
  if (check.status === 'found')
    return (
      <p className="verified">
        <span aria-hidden="true">✓ </span>Found word for word in the stored source, {pages}.
      </p>
    );
  if (check.status === 'case_differs')
    return (
      <p className="unverified">
        <span aria-hidden="true">≈ </span>Not word for word: found on {pages} only with different capital letters.
      </p>
    );
  return (
    <p className="unverified">
      <span aria-hidden="true">✗ </span>Not found word for word in the stored source (spaces, line-end hyphens and quote marks are ignored).
    </p>
  );
}

/**
 * The proposal's quotes checked against the document's stored source: at preview each one not found links to its
 * field; on the proposal's page each found quote is shown highlighted in its page, and one not found says that
 * approving needs the reviewer's override with a reason.
 */
export function QuoteChecks({ quotes, stage, kind, id }: { quotes: ProposalQuoteChecks; stage: Stage; kind: string; id: string }) {
  if (!quotes || stage === 'rejected') return null;
  const unit = SOURCE_UNIT_LABELS[quotes.unitKind];
  const unverified = unverifiedQuotes(quotes.checks).length;
  const form = FORM_OF_KIND[kind];
  return (
    <section className={unverified ? 'notice' : undefined} aria-labelledby={`${id}-quotes`}>
      <h3 id={`${id}-quotes`}>
        {unverified ? `${unverified === 1 ? 'A quote is' : `${unverified} quotes are`} not in the stored source` : 'Quotes checked against the stored source'}
      </h3>
      {quotes.checks.map((c) => (
        <div key={c.field} className="quote-check">
          <blockquote>
            <p>&ldquo;{c.quote}&rdquo;</p>
          </blockquote>
          <Status check={c} unit={unit} />
          {stage === 'preview' && c.status !== 'found' && form && (
            <a href={`#${fieldId(form, c.field)}`}>Correct the quote, or select the words in the source</a>
          )}
          {stage !== 'preview' && c.page && (
            <>
              <QuoteInPage segments={c.page.segments} label={`${unit} ${c.page.seq} of the stored source, the quote highlighted`} />
              <p>
                <a href={sourceHref(quotes.documentSlug, sourceQuery({ page: c.page.seq }))}>
                  Open {unit.toLowerCase()} {c.page.seq} of the source
                </a>
              </p>
            </>
          )}
        </div>
      ))}
      {unverified > 0 && (
        <p>
          {stage === 'preview'
            ? 'You may still submit it; a reviewer can publish a quote not found in the source only with an override and a reason.'
            : stage === 'pending'
              ? 'Approving needs your override below, with a reason (recorded in the audit log).'
              : 'Published on the reviewer’s override (see the audit log).'}
        </p>
      )}
    </section>
  );
}
