/** The evidence behind one coded cell, and how it is cited. Pure: the DB layer fills it, views and exports read it. */
import { formatPartialDate } from '@/lib/domain/dates';
import { CONTEXT_QUOTE_LABEL, type CodingReason, type Confidence, type DatePrecision, type DocumentType, type QuoteRole } from '@/lib/domain/vocabulary';

export type EvidenceDocument = {
  slug: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
  type: DocumentType;
  venue: string;
  url: string | null;
  archiveUrl: string | null;
  /** True when the document's source file is stored (issue 21): its quotes can be read in context. */
  hasSource?: boolean;
};

export type CodingEvidence = {
  codingId: number;
  value: string | null;
  freeText: string | null;
  summary: string;
  confidence: Confidence;
  confidenceReason: string | null;
  verifiedFrom: string[];
  createdAt: string;
  /** Why this row exists (first coding, correction of our coding, withdrawal) and what was corrected. */
  reason: CodingReason;
  reasonNote: string | null;
  /** `role` null only for quotes loaded before dataset 1.1; a context quote is always labelled as such. */
  quotes: { quote: string; locator: string; role: QuoteRole | null; passageId?: number }[];
  document: EvidenceDocument;
};

/** "Denmark, <title> (4 July 2023), para. 4. <url>" — the form a footnote or an email needs. */
export function formatCitation(actorName: string, e: Pick<CodingEvidence, 'quotes' | 'document'>): string {
  const locator = e.quotes[0]?.locator;
  // A context passage is cited as such, so a pasted citation never passes it off as the due-diligence wording.
  const context = locator && e.quotes[0]?.role === 'context' ? ` [${CONTEXT_QUOTE_LABEL}]` : '';
  const url = e.document.url ?? e.document.archiveUrl;
  return `${actorName}, ${e.document.title} (${formatPartialDate(e.document.date)})${locator ? `, ${locator}` : ''}.${context}${url ? ` ${url}` : ''}`;
}
