/** Small hand-made inputs for the pure briefing model: documents, codings and evidence with exact dates. */
import type { AsOfCoding } from '@/lib/domain/as-of';
import type { BriefingActorInput, BriefingDocument } from '@/lib/briefing/model';
import type { DimensionKey } from '@/lib/domain/codebook';
import { parsePartialDate } from '@/lib/domain/dates';
import type { Confidence } from '@/lib/domain/vocabulary';
import type { CodingEvidence } from '@/lib/domain/evidence';

let nextId = 1;

export function doc(date: string, extra: { url?: string | null; archived?: boolean; type?: BriefingDocument['type'] } = {}): BriefingDocument {
  const id = nextId++;
  const url = extra.url === undefined ? `https://example.org/doc-${id}` : extra.url;
  return {
    id,
    slug: `doc-${id}`,
    date,
    effective: parsePartialDate(date)!.effective,
    type: extra.type ?? 'position_paper',
    citation: { title: `Paper ${id}`, date, locator: null, url, archived: extra.archived ?? false, confidence: null },
  };
}

export function coding(
  d: BriefingDocument,
  dimension: DimensionKey,
  value: string | null,
  confidence: Confidence = 'high',
  freeText: string | null = null,
): AsOfCoding {
  return { id: nextId++, documentId: d.id, dimension, value, freeText, confidence };
}

export function evidenceOf(c: AsOfCoding, d: BriefingDocument): CodingEvidence {
  return {
    codingId: c.id,
    value: c.value,
    freeText: c.freeText,
    summary: `Our summary of ${d.citation.title}.`,
    confidence: c.confidence!,
    confidenceReason: null,
    verifiedFrom: [],
    createdAt: '2026-01-01',
    reason: 'original',
    reasonNote: null,
    quotes: [{ quote: 'Quoted words', locator: `para. ${c.id}.`, role: 'due_diligence' }],
    document: {
      slug: d.slug,
      title: d.citation.title,
      date: d.date,
      datePrecision: 'day',
      type: d.type,
      venue: 'venue',
      url: d.citation.url,
      archiveUrl: null,
    },
  };
}

export function actorInput(name: string, documents: BriefingDocument[], codings: AsOfCoding[]): BriefingActorInput {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return {
    slug: name.toLowerCase(),
    name,
    isBloc: false,
    documents,
    codings,
    evidence: new Map(codings.map((c) => [c.id, evidenceOf(c, byId.get(c.documentId)!)])),
  };
}

export const BASE = { title: 'T', purpose: null, generatedOn: '2026-11-22', asOf: '2026-11-22', datasetVersion: 'v1', datasetDate: '2026-11-01' };
