import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { loadSearchView } from '@/server/views/search';
import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { formatPartialDate } from '@/lib/domain/dates';
import { DOCUMENT_TYPE_LABELS } from '@/lib/domain/vocabulary';
import type { SearchParams } from '@/lib/url/search-params';
import { splitHighlights } from '@/lib/search/search-query';
import { plural, pluralWithVerb } from '@/lib/domain/plural';
import { actorHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Search' };

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { q, hits, literature } = await loadSearchView(await searchParams);
  return (
    <>
      <h1>Search documents, quotes and literature</h1>
      <form className="filters" method="get" action="/search" role="search">
        <label>
          Words or &ldquo;a phrase&rdquo;
          <input type="search" name="q" defaultValue={q} size={40} />
        </label>
        <button type="submit">Search</button>
      </form>
      {q && (
        <p role="status">
          {hits.length === 0 ? 'No document matches' : pluralWithVerb(hits.length, 'document', 'matches', 'match')} &ldquo;{q}&rdquo;
          {hits.length === 50 ? ' (the 50 best are shown)' : ''}
          {literature.length > 0 ? `; ${plural(literature.length, 'literature item')} too (below)` : ''}.
        </p>
      )}
      <ol className="doc-list">
        {hits.map((h) => (
          <li key={`${h.documentSlug}-${h.actorSlug}`} className="doc">
            <h2 className="search-hit-title">
              <Link href={actorHref(h.actorSlug, { document: h.documentSlug })}>{h.title}</Link>
            </h2>
            <p className="doc-meta">
              {h.actorName} · {formatPartialDate(h.date)} · {DOCUMENT_TYPE_LABELS[h.type]} ·{' '}
              {h.confidence ? <ConfidenceBadge level={h.confidence} /> : 'not yet coded'}
            </p>
            <p>{splitHighlights(h.snippet).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</p>
          </li>
        ))}
      </ol>
      {literature.length > 0 && (
        <section aria-labelledby="literature-hits">
          <h2 id="literature-hits">Literature</h2>
          <p className="muted">Scholarship and expert reports about positions: further reading, never a position and never counted.</p>
          <ol className="doc-list">
            {literature.map((l) => (
              <li key={l.slug} className="doc" data-literature={l.slug}>
                <h3 className="search-hit-title">
                  <span className="tag">Literature</span>{' '}
                  {l.url ? (
                    <a href={l.url} rel="noopener noreferrer">
                      {l.title}
                    </a>
                  ) : (
                    <cite>{l.title}</cite>
                  )}
                </h3>
                <p className="doc-meta">
                  {[l.authors, l.institution, l.date ? formatPartialDate(l.date) : null].filter(Boolean).join(' · ')}
                  {l.about.length > 0 && (
                    <>
                      {' '}
                      · about{' '}
                      {l.about.map((a, i) => (
                        <span key={a.slug}>
                          {i > 0 && ', '}
                          <Link href={actorHref(a.slug, { section: 'further-reading' })}>{a.name}</Link>
                        </span>
                      ))}
                    </>
                  )}
                </p>
                <p>{splitHighlights(l.snippet).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
