import Link from 'next/link';
import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import type { QueueItem as Item } from '@/lib/desk/verify-queue';
import { DIMENSION_LABELS, valueLabel } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import { proposeCodingHref, proposeCorrectionHref, proposeDocumentHref, sourceQuoteHref } from '@/lib/url/hrefs';
import { sourceQuery } from '@/lib/url/source-params';

/** The button that starts the right proposal for an item; the hidden words say which item, for screen readers. */
function Start({ href, label, about }: { href: string; label: string; about: string }) {
  return (
    <Link className="button secondary" href={href}>
      {label}
      <span className="visually-hidden"> ({about})</span>
    </Link>
  );
}

const inDocument = (d: { title: string; date: string }) => `“${d.title}” (${formatPartialDate(d.date)})`;

export function QueueItem({ item }: { item: Item }) {
  const who = <strong>{item.actor.name}</strong>;
  switch (item.kind) {
    case 'sourced_uncoded':
      return (
        <>
          {who}: {inDocument(item.document)} has a stored source; not yet coded: {item.uncoded.map((d) => DIMENSION_LABELS[d]).join(', ')}{' '}
          <Start
            href={proposeCodingHref({ document: item.document.slug, actor: item.actor.slug, dimension: item.uncoded[0] })}
            label="Code it with the source"
            about={`${item.actor.name}, ${item.document.title}`}
          />
        </>
      );
    case 'quote_not_found':
      return (
        <>
          {who}, {inDocument(item.document)}: “{item.quote.length > 120 ? `${item.quote.slice(0, 120)}…` : item.quote}” is not found word for word in the stored
          source{' '}
          <Start
            href={sourceQuoteHref(item.document.slug, sourceQuery({ passage: item.passageId }))}
            label="Read the source"
            about={`${item.actor.name}, ${item.document.title}`}
          />{' '}
          {item.codingId !== null && (
            <Start href={proposeCorrectionHref(item.codingId)} label="Propose a correction" about={`${item.actor.name}, ${item.document.title}`} />
          )}
        </>
      );
    case 'low_confidence':
      return (
        <>
          {who}: {valueLabel('applicability', item.value)} <ConfidenceBadge level="low" compact /> in {inDocument(item.document)}{' '}
          <Start href={proposeCorrectionHref(item.codingId)} label="Verify or correct" about={`${item.actor.name}, applicability`} />
        </>
      );
    case 'context_quote':
      return (
        <>
          {who}, {inDocument(item.document)}: a context quote, “{item.quote.length > 120 ? `${item.quote.slice(0, 120)}…` : item.quote}”{' '}
          <Start href={proposeCorrectionHref(item.codingId)} label="Add the due-diligence passage" about={`${item.actor.name}, ${item.document.title}`} />
        </>
      );
    case 'uncoded_document':
      return (
        <>
          {who}: {inDocument(item.document)} is tracked but not coded{' '}
          <Start
            href={proposeCodingHref({ document: item.document.slug, actor: item.actor.slug })}
            label="Code this document"
            about={`${item.actor.name}, ${item.document.title}`}
          />
        </>
      );
    case 'uncoded_dimension':
      return (
        <>
          {who}: {DIMENSION_LABELS[item.dimension]} never coded (latest document {inDocument(item.document)}){' '}
          <Start
            href={proposeCodingHref({ document: item.document.slug, actor: item.actor.slug, dimension: item.dimension })}
            label="Code it"
            about={`${item.actor.name}, ${DIMENSION_LABELS[item.dimension]}`}
          />
        </>
      );
    case 'no_document':
      return (
        <>
          {who}: no document tracked <Start href={proposeDocumentHref(item.actor.slug)} label="Propose a document" about={item.actor.name} />
        </>
      );
  }
}
