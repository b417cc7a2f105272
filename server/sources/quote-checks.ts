import 'server-only';
import { getDocumentSource, listSourceUnits } from '@/db/queries/sources';
import type { ProposalPayload } from '@/lib/editorial/payloads';
import { segmentText, type Segment } from '@/lib/sources/highlight';
import { quotesOfPayload, verifyQuotes, type QuoteCheck } from '@/lib/sources/verify-quotes';
import type { SourceUnitKind } from '@/lib/sources/vocabulary';

/** A quote's check and, when found, the first page it is on with the quote marked (what the reviewer reads). */
export type ShownQuoteCheck = QuoteCheck & { page: { seq: number; label: string | null; segments: Segment[] } | null };

/** A proposal's quotes checked against the stored source of its document. Serialisable (it travels in a preview). */
export type ProposalQuoteChecks = { documentSlug: string; unitKind: SourceUnitKind; checks: ShownQuoteCheck[] } | null;

/**
 * Checks the quotes of a payload against its document's current source: null when the proposal names no tracked
 * document with a source (a new document, a withdrawal, a document we hold no copy of). Call inside a read snapshot;
 * `documentSlug` is the corrected coding's document for a correction.
 */
export async function readQuoteChecks(payload: ProposalPayload, documentSlug: string | null): Promise<ProposalQuoteChecks> {
  const slug = payload.kind === 'coding' ? payload.documentSlug : payload.kind === 'correction' ? documentSlug : null;
  if (!slug) return null;
  const found = await getDocumentSource(slug);
  const quotes = quotesOfPayload(payload);
  if (!found?.source || quotes.length === 0) return null;
  const units = await listSourceUnits(found.source.id);
  const checks = verifyQuotes(units, quotes).map((c): ShownQuoteCheck => {
    const unit = c.pages.length ? units.find((u) => u.seq === c.pages[0]) : undefined;
    if (!unit) return { ...c, page: null };
    const ranges = c.spans.filter((s) => s.seq === unit.seq).map((s) => ({ start: s.start, end: s.end, kind: 'quote' as const }));
    return { ...c, page: { seq: unit.seq, label: unit.label, segments: segmentText(unit.text, ranges) } };
  });
  return { documentSlug: slug, unitKind: found.source.unitKind, checks };
}
