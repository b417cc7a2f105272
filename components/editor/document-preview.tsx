import { ActorRow } from '@/components/editor/actor-row';
import type { DocumentWithCodings } from '@/db/queries/documents';
import { DocumentCard } from '@/components/positions/document-card';
import type { Outcome } from '@/lib/domain/as-of';
import { type DimensionKey, DIMENSIONS, isFreeTextDimension, isSubstantive } from '@/lib/domain/codebook';
import { parsePartialDate } from '@/lib/domain/dates';
import { codingWords, type NewDocumentPayload } from '@/lib/editorial/payloads';

/** The proposed document as the actor page's DocumentCard expects it (ids are placeholders: nothing is stored yet). */
export function previewDocument(p: NewDocumentPayload): DocumentWithCodings {
  const date = parsePartialDate(p.document.date);
  // The role is shown by the shared quote component (a context quote says so), as on the actor page.
  const passages = p.passages.map((q, i) => ({ id: -(i + 1), quote: q.quote, locator: q.locator, role: q.role }));
  const codings = DIMENSIONS.flatMap((d, i) => {
    const value = d.values.length ? ((p.codings as Record<string, string | null>)[d.key] ?? null) : null;
    const freeText = codingWords(p.codings, d.key);
    if (value === null && freeText === null) return [];
    return [
      {
        id: -(i + 1),
        dimension: d.key,
        value,
        freeText,
        summary: p.summary,
        confidence: p.confidence ?? 'low',
        confidenceReason: p.confidenceReason,
        verifiedFrom: p.sources,
        createdAt: '',
        supersedesId: null,
        reason: 'original' as const,
        reasonNote: null,
        passages,
      },
    ];
  });
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
    // Co-authors are not previewed (the payload names them; the actor page lists them once published).
    coAuthors: [],
  };
}

/** What the matrix cell of each dimension would show for this actor if this were its latest document. */
export function previewOutcomes(p: NewDocumentPayload): { dimension: DimensionKey; outcome: Outcome }[] {
  const doc = { id: -1, slug: 'preview', date: p.document.date };
  return DIMENSIONS.map((d) => {
    const value = d.values.length ? ((p.codings as Record<string, string | null>)[d.key] ?? null) : null;
    const freeText = codingWords(p.codings, d.key);
    const coding = { id: -1, documentId: -1, dimension: d.key, value, freeText, confidence: p.confidence };
    if (value !== null && !isSubstantive(d.key, value))
      return { dimension: d.key, outcome: { kind: 'silent', value, coding, document: doc, laterNotCoded: [] } };
    if (value !== null || (isFreeTextDimension(d.key) && freeText !== null)) {
      return { dimension: d.key, outcome: { kind: 'value', value, coding, document: doc, laterNoFinding: [], laterNotCoded: [] } };
    }
    return { dimension: d.key, outcome: { kind: 'not_coded', latest: doc } };
  });
}

export function DocumentPreview({ payload, actorName }: { payload: NewDocumentPayload; actorName: string }) {
  const outcomes = previewOutcomes(payload);
  return (
    <section aria-labelledby="preview-heading" className="preview">
      <h2 id="preview-heading">Preview (nothing is saved yet)</h2>
      <h3>On {actorName}&apos;s page</h3>
      <DocumentCard doc={previewDocument(payload)} headingLevel={3} />
      <h3>In the comparison matrix</h3>
      <p className="muted">If this is {actorName}&apos;s latest document, its row would read:</p>
      <ActorRow caption={`Preview of ${actorName}'s row in the matrix`} hideCaption actorName={actorName} outcomes={outcomes} />
    </section>
  );
}
