import Link from 'next/link';
import type { DocumentWithCodings } from '@/db/queries/documents';
import { DIMENSION_KEYS, DIMENSION_LABELS } from '@/lib/domain/codebook';
import { proposeCodingHref, proposeCorrectionHref, proposeDocumentCorrectionHref, proposeDocumentHref, proposeSourceHref } from '@/lib/url/hrefs';

/**
 * The desk's way into one document from its card on an actor page, shown only to a signed-in editor (never in the
 * page anonymous readers get): code what is not coded yet, attach the source file, correct the document's record or
 * withdraw it, or propose a correction of a coding.
 */
export function DocumentDeskLinks({ actorSlug, doc }: { actorSlug: string; doc: DocumentWithCodings }) {
  const coded = new Set(doc.codings.map((c) => c.dimension));
  const uncoded = DIMENSION_KEYS.filter((d) => !coded.has(d));
  return (
    <nav aria-label={`Editorial desk: ${doc.title}`} className="desk-links no-print">
      <p>
        <strong>Editorial desk:</strong>{' '}
        {uncoded.length > 0 && (
          <Link className="button secondary" href={proposeCodingHref({ document: doc.slug, actor: actorSlug })}>
            Code this document<span className="visually-hidden"> ({uncoded.length} dimensions not yet coded)</span>
          </Link>
        )}{' '}
        <Link className="button secondary" href={proposeSourceHref(doc.slug)}>
          Attach the source file<span className="visually-hidden"> of {doc.title}</span>
        </Link>{' '}
        <Link href={proposeDocumentCorrectionHref({ document: doc.slug, actor: actorSlug })}>
          Correct this document<span className="visually-hidden">: {doc.title}</span>
        </Link>{' '}
        ·{' '}
        <Link href={proposeDocumentCorrectionHref({ document: doc.slug, actor: actorSlug }, 'withdraw')}>
          Withdraw this document<span className="visually-hidden">: {doc.title}</span>
        </Link>
      </p>
      {doc.codings.length > 0 && (
        <p>
          Propose a correction of:{' '}
          {doc.codings.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              <Link href={proposeCorrectionHref(c.id)}>{DIMENSION_LABELS[c.dimension]}</Link>
            </span>
          ))}
        </p>
      )}
    </nav>
  );
}

/** At the top of an actor page, for a signed-in editor: propose a new document for this actor. */
export function ActorDeskLinks({ actorSlug, actorName }: { actorSlug: string; actorName: string }) {
  return (
    <nav aria-label="Editorial desk" className="desk-links no-print">
      <p>
        <strong>Editorial desk:</strong> <Link href={proposeDocumentHref(actorSlug)}>Propose a new document for {actorName}</Link>; code a tracked document or
        propose a correction from its card below.
      </p>
    </nav>
  );
}
