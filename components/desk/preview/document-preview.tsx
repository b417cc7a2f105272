import type { DocumentWithCodings } from '@/db/queries/documents';
import { DocumentCard } from '@/components/positions/document-card';
import { proposedCodings } from '@/lib/desk/row-change';
import { parsePartialDate } from '@/lib/domain/dates';
import type { NewDocumentPayload } from '@/lib/editorial/payloads';

/** The proposed document as the actor page's DocumentCard expects it (ids are placeholders: nothing is stored yet). */
export function previewDocument(p: NewDocumentPayload): DocumentWithCodings {
  const date = parsePartialDate(p.document.date);
  // The role is shown by the shared quote component (a context quote says so), as on the actor page.
  const passages = p.passages.map((q, i) => ({ id: -(i + 1), quote: q.quote, locator: q.locator, role: q.role }));
  const codings = proposedCodings(p).map((c, i) => ({
    id: -(i + 1),
    dimension: c.dimension,
    value: c.value,
    freeText: c.freeText,
    summary: p.summary,
    confidence: p.confidence ?? 'low',
    confidenceReason: p.confidenceReason,
    verifiedFrom: p.sources,
    createdAt: '',
    supersedesId: null,
    reason: 'original' as const,
    reasonNote: null,
    passages,
  }));
  return {
    id: -1,
    slug: 'preview',
    title: p.document.title,
    titleOriginal: p.document.titleOriginal,
    date: p.document.date,
    datePrecision: date?.precision ?? 'year',
    effectiveDate: date?.effective ?? p.document.date,
    year: date?.year ?? 0,
    type: p.document.type,
    venue: p.document.venue,
    url: p.document.url,
    archiveUrl: p.document.archiveUrl,
    summary: p.summary,
    notes: p.publicNote,
    confidence: codings.length ? (p.confidence ?? 'low') : null,
    verifiedFrom: p.sources,
    passages,
    codings,
    // Co-authors are named in the review's facts; the actor page lists them once published.
    coAuthors: [],
  };
}

export function DocumentPreview({ payload, actorName }: { payload: NewDocumentPayload; actorName: string }) {
  return (
    <>
      <h3>On {actorName}&apos;s page</h3>
      <DocumentCard doc={previewDocument(payload)} headingLevel={3} />
    </>
  );
}
