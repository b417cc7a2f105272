import { CONTEXT_QUOTE_LABEL } from '@/lib/domain/vocabulary';
import type { QuoteRole } from '@/lib/domain/vocabulary';
import { sourceQuoteHref } from '@/lib/url/hrefs';
import { sourceQuery } from '@/lib/url/source-params';

type Props = {
  documentSlug: string;
  passage: { id: number; quote: string; locator: string; role: QuoteRole | null };
  match: { status: 'found' | 'case_differs' | 'not_found' | 'empty'; pages: number[] };
  unitLabel: string;
  shownSeq: number;
};

/** The quote being read in context, and whether it stands word for word in the stored text (and on which page). */
export function QuoteStatus({ documentSlug, passage, match, unitLabel, shownSeq }: Props) {
  const lower = unitLabel.toLowerCase();
  const where = match.pages.map((p, i) => (
    <span key={p}>
      {i > 0 && (i === match.pages.length - 1 ? ' and ' : ', ')}
      {p === shownSeq ? p : <a href={sourceQuoteHref(documentSlug, sourceQuery({ passage: passage.id, page: p }))}>{p}</a>}
    </span>
  ));
  return (
    <section className="quote-status" aria-labelledby="quote-status-heading">
      <h2 id="quote-status-heading">The quote</h2>
      {passage.role === 'context' && <p className="quote-role">{CONTEXT_QUOTE_LABEL}</p>}
      <blockquote>
        <p>&ldquo;{passage.quote}&rdquo;</p>
      </blockquote>
      <p className="muted">Our locator: {passage.locator}</p>
      {match.status === 'found' ? (
        <p className="verified">
          <span aria-hidden="true">✓ </span>Found word for word in the stored text on {lower}
          {match.pages.length > 1 ? 's' : ''} {where}, highlighted below.
        </p>
      ) : match.status === 'case_differs' ? (
        <p className="unverified">
          <span aria-hidden="true">≈ </span>Found on {lower} {where} only with different capital letters: not word for word.
        </p>
      ) : (
        <p className="unverified">
          <span aria-hidden="true">✗ </span>Not found word for word in the stored text (spaces, line-end hyphens and quote marks are ignored). The wording may
          differ from this copy of the document.
        </p>
      )}
    </section>
  );
}
