/**
 * A desk proposal in the planner's shape (record.ts), the same shape a seed record takes: a new document, the coding
 * of an uncoded dimension, a correction or a withdrawal of one coding. A correction keeps whatever it does not change
 * from the coding it replaces. Pure: the write layer reads the published state and passes it in.
 */
import type { CodingPayload, CorrectionPayload, NewDocumentPayload, ProposalPayload, WithdrawalPayload } from '@/lib/editorial/payloads';
import type { DimensionKey } from '@/lib/domain/codebook';
import { type CodingContent, readStatements } from './coding-content';
import type { IncomingRecord, PublishedState } from './record';

/** Where a proposal lands: its document, what the database holds for it, and the cell a coding proposal names. */
export type ProposalTarget = { slug: string; state: PublishedState; cell?: { actor: string; dimension: DimensionKey } };

const base = (slug: string): Omit<IncomingRecord, 'expects' | 'codings'> => ({
  from: 'desk',
  slug,
  fields: null,
  readings: null,
  newActors: [],
  passages: [],
  complete: false,
});

function newDocument(p: NewDocumentPayload, slug: string): IncomingRecord {
  const authors = [p.actorSlug, ...p.coAuthors];
  const statements = readStatements(p.codings, 'form');
  const reading = { summary: p.summary, notes: p.publicNote, confidence: p.confidence, verifiedFrom: p.sources };
  const content = (key: DimensionKey): CodingContent => ({
    ...statements[key]!,
    summary: p.summary,
    confidence: p.confidence!,
    confidenceReason: p.confidenceReason,
    verifiedFrom: p.sources,
    passages: p.passages.map(({ quote, locator }) => ({ quote, locator })),
  });
  const { slug: _slug, ...fields } = p.document;
  return {
    ...base(slug),
    expects: 'absent',
    fields,
    readings: authors.map((actor) => ({ actor, reading })),
    newActors: p.newActor ? [p.newActor.slug] : [],
    passages: p.passages,
    codings: authors.flatMap((actor) => (Object.keys(statements) as DimensionKey[]).map((dimension) => ({ actor, dimension, content: content(dimension) }))),
  };
}

function coding(p: CodingPayload, t: ProposalTarget): IncomingRecord {
  const reading = t.state.readings.find((r) => r.actor === p.actorSlug)?.reading;
  const content: CodingContent = {
    value: p.value,
    words: p.freeText,
    summary: p.summary ?? reading?.summary ?? '',
    confidence: p.confidence,
    confidenceReason: p.confidenceReason,
    verifiedFrom: reading?.verifiedFrom ?? [],
    // Without a passage of its own, the coding rests on the document's passages already on record.
    passages: p.passage ? [p.passage] : t.state.passages.map(({ quote, locator }) => ({ quote, locator })),
  };
  return {
    ...base(t.slug),
    expects: 'present',
    passages: p.passage ? [p.passage] : [],
    codings: [{ actor: p.actorSlug, dimension: p.dimension, content }],
  };
}

function replacement(p: CorrectionPayload | WithdrawalPayload, t: ProposalTarget): IncomingRecord {
  const cell = t.cell!;
  const old = t.state.codings.find((c) => c.actor === cell.actor && c.dimension === cell.dimension)?.content;
  const content: CodingContent | null =
    p.kind === 'withdrawal' || !old
      ? null
      : {
          value: p.value,
          words: p.freeText ?? old.words,
          summary: p.summary ?? old.summary,
          confidence: p.confidence,
          confidenceReason: p.confidenceReason ?? old.confidenceReason,
          verifiedFrom: old.verifiedFrom,
          passages: p.passage ? [p.passage] : old.passages,
        };
  return {
    ...base(t.slug),
    expects: 'present',
    passages: p.kind === 'correction' && p.passage ? [p.passage] : [],
    codings: [{ ...cell, content, replaces: p.codingId }],
  };
}

export function recordFromProposal(p: ProposalPayload, t: ProposalTarget): IncomingRecord {
  switch (p.kind) {
    case 'attach_source':
      // A source file for a tracked document: the record changes nothing, so the plan only checks that the document
      // is there and not withdrawn; publishing stores the file (db/write/proposal-sources.ts).
      return { ...base(t.slug), expects: 'present', codings: [] };
    case 'new_document':
      return newDocument(p, t.slug);
    case 'coding':
      return coding(p, t);
    default:
      return replacement(p, t);
  }
}
