/**
 * A desk proposal in the planner's shape (record.ts), the same shape a seed record takes: a new document, the coding
 * of an uncoded dimension, a correction or a withdrawal of one coding, a correction or a withdrawal of a document's
 * own record. A correction keeps whatever it does not change. Pure: the write layer reads the published state and
 * passes it in.
 */
import type {
  CodingPayload,
  CorrectionPayload,
  DocumentCorrectionPayload,
  DocumentWithdrawalPayload,
  NewDocumentPayload,
  ProposalPayload,
  WithdrawalPayload,
} from '@/lib/editorial/payloads';
import type { DimensionKey } from '@/lib/domain/codebook';
import { type CodingContent, readStatements } from './coding-content';
import type { DocumentFields, IncomingRecord, PublishedState, Reading } from './record';

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

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The document's fields with the correction's over them (a field it leaves out stays as it is). */
function correctedFields(p: DocumentCorrectionPayload, current: DocumentFields): DocumentFields {
  const given = Object.fromEntries(Object.entries(p.document).filter(([, v]) => v !== undefined));
  return { ...current, ...given };
}

function documentRevision(p: DocumentCorrectionPayload | DocumentWithdrawalPayload, t: ProposalTarget): IncomingRecord {
  const record: IncomingRecord = { ...base(t.slug), expects: 'present', codings: [] };
  const current = t.state.document;
  if (p.kind === 'document_withdrawal' || !current) return { ...record, revision: { kind: 'withdrawal', by: p.actorSlug } };
  const own = t.state.readings.find((r) => r.actor === p.actorSlug)?.reading;
  const reading = (r: Reading): Reading => ({
    ...r,
    ...(p.summary !== undefined ? { summary: p.summary } : {}),
    ...(p.notes !== undefined ? { notes: p.notes } : {}),
  });
  const authors = p.authors ?? t.state.readings.map((r) => r.actor);
  const readings = authors.map((actor) => {
    const held = t.state.readings.find((r) => r.actor === actor)?.reading;
    // A new author takes our reading of the document for the author the correction starts from.
    const r = held ?? own ?? { summary: p.summary ?? '', notes: null, confidence: null, verifiedFrom: [] };
    return { actor, reading: actor === p.actorSlug ? reading(r) : r };
  });
  const leavesWithReading = !authors.includes(p.actorSlug) && own !== undefined && !same(reading(own), own);
  return { ...record, fields: correctedFields(p, current.fields), readings, revision: { kind: 'correction', by: p.actorSlug, leavesWithReading } };
}

/**
 * A document correction as stored with its proposal: only what it changes from the record it was proposed against,
 * so a later correction of another field is not undone when this one is published.
 */
export function narrowedProposal(p: ProposalPayload, state: PublishedState): ProposalPayload {
  if (p.kind !== 'document_correction' || !state.document) return p;
  const fields = state.document.fields as Record<string, unknown>;
  const document = Object.fromEntries(Object.entries(p.document).filter(([k, v]) => v !== undefined && !same(v, fields[k] ?? null)));
  const own = state.readings.find((r) => r.actor === p.actorSlug)?.reading;
  const authors = state.readings.map((r) => r.actor);
  return {
    kind: p.kind,
    documentSlug: p.documentSlug,
    actorSlug: p.actorSlug,
    document,
    ...(p.authors && !same([...p.authors].sort(), authors.sort()) ? { authors: p.authors } : {}),
    ...(p.summary !== undefined && p.summary !== own?.summary ? { summary: p.summary } : {}),
    ...(p.notes !== undefined && p.notes !== (own?.notes ?? null) ? { notes: p.notes } : {}),
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
    case 'document_correction':
    case 'document_withdrawal':
      return documentRevision(p, t);
    default:
      return replacement(p, t);
  }
}
