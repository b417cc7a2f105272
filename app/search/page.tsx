import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { searchDocuments } from '@/db/queries/search';
import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { formatPartialDate } from '@/lib/dates';
import { DOCUMENT_TYPE_LABELS } from '@/lib/domain';
import { param, type SearchParams } from '@/lib/search-params';
import { splitHighlights } from '@/lib/search-query';
import { pluralWithVerb } from '@/lib/plural';

export const metadata: Metadata = { title: 'Search' };

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const q = param(await searchParams, 'q') ?? '';
  const hits = q ? await searchDocuments(q) : [];
  return (
    <>
      <h1>Search documents and quotes</h1>
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
          {hits.length === 50 ? ' (the 50 best are shown)' : ''}.
        </p>
      )}
      <ol className="doc-list">
        {hits.map((h) => (
          <li key={`${h.documentSlug}-${h.actorSlug}`} className="doc">
            <h2 className="search-hit-title">
              <Link href={`/actors/${h.actorSlug}#doc-${h.documentSlug}`}>{h.title}</Link>
            </h2>
            <p className="doc-meta">
              {h.actorName} · {formatPartialDate(h.date)} · {DOCUMENT_TYPE_LABELS[h.type]} ·{' '}
              {h.confidence ? <ConfidenceBadge level={h.confidence} /> : 'not yet coded'}
            </p>
            <p>
              {splitHighlights(h.snippet).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
