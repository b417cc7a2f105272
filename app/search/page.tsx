import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { loadSearchView } from '@/server/views/search';
import { DocumentHit } from '@/components/search/document-hit';
import { SourceSearchHits } from '@/components/sources/source-search-hits';
import { formatPartialDate } from '@/lib/domain/dates';
import { ACTOR_KIND_LABELS } from '@/lib/domain/vocabulary';
import type { SearchParams } from '@/lib/url/search-params';
import { splitHighlights } from '@/lib/search/search-query';
import { plural, pluralWithVerb } from '@/lib/domain/plural';
import { actorHref, searchHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Search' };

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { q, textOnly, actor, actors, hits, literature, sources, sourceLimit } = await loadSearchView(await searchParams);
  // A country's (or organisation's) name, alias or ISO code leads to its page.
  if (actor) redirect(actorHref(actor));
  return (
    <>
      <h1>Search documents, quotes and literature</h1>
      <form className="filters" method="get" action={searchHref('')} role="search">
        <label>
          Words or &ldquo;a phrase&rdquo;
          <input type="search" name="q" defaultValue={q} size={40} />
        </label>
        <label className="inline-check">
          <input type="checkbox" name="text" value="only" defaultChecked={textOnly} /> Search the text even for an actor&apos;s name (don&apos;t open its page)
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
      {actors.length > 0 && (
        <section aria-labelledby="actor-hits">
          <h2 id="actor-hits">Actors</h2>
          <ul id="actor-hit-list">
            {actors.map((a) => (
              <li key={a.slug}>
                <Link href={actorHref(a.slug)}>{a.name}</Link> <span className="muted">({ACTOR_KIND_LABELS[a.kind]})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ol className="doc-list" id="document-hits">
        {hits.map((h) => (
          <DocumentHit key={`${h.documentSlug}-${h.actorSlug}`} hit={h} />
        ))}
      </ol>
      <SourceSearchHits q={q} hits={sources} limit={sourceLimit} />
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
