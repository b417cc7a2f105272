import { sourceQuoteHref } from '@/lib/url/hrefs';
import { sourceQuery } from '@/lib/url/source-params';

/**
 * "Read in context": from a quote to the page of the stored source where it stands, highlighted. Place it next to
 * a quote whose document has a stored source (evidence panel, actor page, side-by-side wording, briefing).
 */
export function ReadInContextLink({ documentSlug, passageId }: { documentSlug: string; passageId: number }) {
  return (
    <a className="read-in-context" href={sourceQuoteHref(documentSlug, sourceQuery({ passage: passageId }))}>
      Read in context<span className="visually-hidden"> (the quote highlighted in the stored source)</span>
    </a>
  );
}
