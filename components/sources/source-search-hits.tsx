import type { SourceTextHit } from '@/db/queries/sources';
import { formatPartialDate } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/plural';
import { DOCUMENT_TYPE_LABELS } from '@/lib/domain/vocabulary';
import { splitHighlights } from '@/lib/search/search-query';
import { SOURCE_UNIT_LABELS } from '@/lib/sources/vocabulary';
import { sourceHref } from '@/lib/url/hrefs';
import { sourceQuery } from '@/lib/url/source-params';

/** Group hits per document, keeping the best-first order of their first hit. */
function byDocument(hits: readonly SourceTextHit[]): SourceTextHit[][] {
  const groups = new Map<string, SourceTextHit[]>();
  for (const h of hits) groups.set(h.documentSlug, [...(groups.get(h.documentSlug) ?? []), h]);
  return [...groups.values()];
}

/** /search: where the words occur in the stored text of sources — document, page and an excerpt, each linked to the page. */
export function SourceSearchHits({ q, hits, limit }: { q: string; hits: readonly SourceTextHit[]; limit: number }) {
  if (!q) return null;
  const groups = byDocument(hits);
  return (
    <section aria-labelledby="source-hits" className="source-hits">
      <h2 id="source-hits">In the stored sources</h2>
      <p>
        {hits.length === 0
          ? 'No page of a stored source matches.'
          : `${plural(hits.length, 'page')} in ${plural(groups.length, 'document')}${hits.length === limit ? ` (the ${limit} best are shown)` : ''}: the documents' own text, not our coding.`}
      </p>
      <ol className="doc-list">
        {groups.map((pages) => {
          const d = pages[0]!;
          return (
            <li key={d.documentSlug} className="doc" data-source-document={d.documentSlug}>
              <h3 className="search-hit-title">
                <a href={sourceHref(d.documentSlug, sourceQuery({ page: d.seq, q }))}>{d.title}</a>
              </h3>
              <p className="doc-meta">{[d.authors, formatPartialDate(d.date), DOCUMENT_TYPE_LABELS[d.type]].filter(Boolean).join(' · ')}</p>
              <ul className="source-hit-pages">
                {pages.map((p) => (
                  <li key={p.seq} data-source-page={p.seq}>
                    <a href={sourceHref(p.documentSlug, sourceQuery({ page: p.seq, q }))}>
                      {SOURCE_UNIT_LABELS[p.unitKind]} {p.seq}
                      {p.label ? ` (${p.label})` : ''}
                    </a>
                    : {splitHighlights(p.snippet).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
