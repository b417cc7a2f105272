import Link from 'next/link';
import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import type { SearchHit } from '@/db/queries/search';
import { formatPartialDate } from '@/lib/domain/dates';
import { DOCUMENT_TYPE_LABELS } from '@/lib/domain/vocabulary';
import { labelSnippets, SNIPPET_LABELS } from '@/lib/search/snippets';
import { splitHighlights } from '@/lib/search/search-query';
import { actorHref } from '@/lib/url/hrefs';

function Marked({ text }: { text: string }) {
  return <>{splitHighlights(text).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>;
}

/**
 * One document found: title, who and when, and its excerpts each labelled by whose words they are — the actor's
 * (a quote, set as one) or ours (a summary).
 */
export function DocumentHit({ hit }: { hit: SearchHit }) {
  return (
    <li className="doc" data-document={hit.documentSlug}>
      <h2 className="search-hit-title">
        <Link href={actorHref(hit.actorSlug, { document: hit.documentSlug })}>{hit.title}</Link>
      </h2>
      <p className="doc-meta">
        {hit.actorName} · {formatPartialDate(hit.date)} · {DOCUMENT_TYPE_LABELS[hit.type]} ·{' '}
        {hit.confidence ? <ConfidenceBadge level={hit.confidence} /> : 'not yet coded'}
      </p>
      {labelSnippets(hit.quoteSnippet, hit.summarySnippet).map((s) => (
        <div key={s.source} className={`snippet snippet-${s.source}`} data-source={s.source}>
          <p className="snippet-label">
            <span className="tag">{SNIPPET_LABELS[s.source]}</span>
            {s.source === 'their_words' ? ' a quote from the document' : ' in the tracker’s words'}
          </p>
          {s.source === 'their_words' ? (
            <blockquote className="quote">
              <p>
                <Marked text={s.text} />
              </p>
            </blockquote>
          ) : (
            <p>
              <Marked text={s.text} />
            </p>
          )}
        </div>
      ))}
    </li>
  );
}
