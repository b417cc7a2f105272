import { ReadInContextLink } from '@/components/sources/read-in-context-link';
import { CONTEXT_QUOTE_LABEL, type QuoteRole } from '@/lib/domain/vocabulary';

/**
 * The actor's own words with where they stand, and the document they come from. A context quote (a neighbouring
 * passage, e.g. on sovereignty) is labelled as such, in words, before the quote: it is the evidence that was read,
 * never the actor's words on due diligence.
 */
export function QuoteBlock({
  quote,
  locator,
  sourceUrl,
  role,
  inContext,
}: {
  quote: string;
  locator: string;
  sourceUrl?: string | null;
  role: QuoteRole | null;
  /** The stored source holding this quote (issue 21): adds a "Read in context" link. */
  inContext?: { documentSlug: string; passageId: number } | null;
}) {
  return (
    <figure className={`quote quote-${role ?? 'unknown'}`} data-quote-role={role ?? 'unknown'}>
      {role === 'context' && (
        <p className="quote-role">
          <span aria-hidden="true">◇ </span>
          {CONTEXT_QUOTE_LABEL}
        </p>
      )}
      {role === null && <p className="quote-role">Role of this quote not recorded</p>}
      <blockquote cite={sourceUrl ?? undefined}>
        <p>&ldquo;{quote}&rdquo;</p>
      </blockquote>
      <figcaption>
        {role === 'due_diligence' && <span className="visually-hidden">Due-diligence passage. </span>}
        {locator}
        {inContext && <ReadInContextLink documentSlug={inContext.documentSlug} passageId={inContext.passageId} />}
      </figcaption>
    </figure>
  );
}
