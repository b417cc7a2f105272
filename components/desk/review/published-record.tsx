import Link from 'next/link';
import type { CodingForDesk } from '@/db/queries/desk-codings';
import { DocumentRevisions } from '@/components/positions/document-revisions';
import type { DocumentRevisionItem } from '@/lib/documents/revisions';
import { DIMENSION_LABELS, valueLabel } from '@/lib/domain/codebook';
import { actorHref, proposeCorrectionHref } from '@/lib/url/hrefs';

type Where = { actorSlug: string; actorName: string; documentSlug: string };

type Props = { codings: CodingForDesk[]; revisions: readonly DocumentRevisionItem[]; publishedAt: string | null; where: Where | null };

/**
 * After publishing: where the public sees it, each coding it created with a way to correct it, and what a correction
 * or withdrawal of a document changed, worded as the public card words it.
 */
export function PublishedRecord({ codings, revisions, publishedAt, where }: Props) {
  const first = codings[0] ? { actorSlug: codings[0].actor.slug, actorName: codings[0].actor.name, documentSlug: codings[0].document.slug } : where;
  return (
    <section aria-labelledby="published-h">
      <h2 id="published-h">
        Published
        {publishedAt && (
          <>
            {' '}
            on <time dateTime={publishedAt}>{publishedAt.slice(0, 16).replace('T', ' ')} UTC</time>
          </>
        )}
      </h2>
      {first && (
        <p>
          <Link href={actorHref(first.actorSlug, { document: first.documentSlug })}>See it on {first.actorName}&apos;s page</Link>
        </p>
      )}
      <DocumentRevisions revisions={revisions} />
      {codings.length > 0 && (
        <ul>
          {codings.map((c) => (
            <li key={c.id}>
              {DIMENSION_LABELS[c.dimension]}: {c.value !== null ? valueLabel(c.dimension, c.value) : c.freeText ? `“${c.freeText}”` : 'withdrawn'}
              {c.current ? (
                <>
                  {' '}
                  <Link className="button secondary" href={proposeCorrectionHref(c.id)}>
                    Propose a correction<span className="visually-hidden"> of {DIMENSION_LABELS[c.dimension]}</span>
                  </Link>
                </>
              ) : (
                <span className="muted"> (since corrected)</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
