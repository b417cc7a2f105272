/**
 * One actor's paragraph: sentences assembled only from coded values, codebook labels, our stored summaries and the
 * as-of rule's notes. Every sentence that rests on a document asks `cite` for a footnote naming that document.
 */
import { resolveActorAsOf, type AsOfCoding, type AsOfDocument, type DocumentRef, type Outcome } from '@/lib/domain/as-of';
import { DIMENSION_LABELS, valueLabel, type DimensionKey } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from '@/lib/domain/vocabulary';
import type { CodingEvidence } from '@/lib/domain/evidence';
import { laterPoliticalNote, laterSilenceNote, outcomeLabel, pendingNote } from '@/lib/domain/outcome-text';
import { listPositionChanges } from './changes';
import type { CodedOutcome } from '@/lib/domain/as-of';
import type { Citation } from './citation';

export type StatementKind = 'position' | 'summary' | 'change' | 'not_coded' | 'no_document';
/** `footnote` may repeat an earlier statement's number when both rest on exactly the same citations. */
export type Statement = { kind: StatementKind; text: string; footnote: number | null; lowConfidence: boolean; dimension?: DimensionKey };

export type BriefingDocument = AsOfDocument & { type: DocumentType; citation: Citation };

export type BriefingActorInput = {
  slug: string;
  name: string;
  isBloc: boolean;
  /** All the actor's documents; the model keeps those in effect on the as-of date. */
  documents: BriefingDocument[];
  /** The actor's current codings. */
  codings: AsOfCoding[];
  /** Quotes, summary and confidence of each current coding, by coding id. */
  evidence: ReadonlyMap<number, CodingEvidence>;
};

/** "Transit States" → "transit States", "GGE contribution" stays: only a capital followed by lower case is lowered. */
export const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const yearOf = (d: DocumentRef) => d.date.slice(0, 4);

function documentWords(doc: BriefingDocument): string {
  const type = doc.type === 'other' ? 'document' : lowerFirst(DOCUMENT_TYPE_LABELS[doc.type]);
  return `${type} of ${formatPartialDate(doc.date)}`;
}

function positionSentence(dim: DimensionKey, o: CodedOutcome, doc: BriefingDocument, e: CodingEvidence | undefined): string {
  const label = DIMENSION_LABELS[dim];
  if (o.kind === 'silent') {
    return dim === 'applicability'
      ? `${label}: silent — its ${documentWords(doc)} says nothing on due diligence.`
      : `${label}: ${lowerFirst(valueLabel(dim, o.value))} in its ${documentWords(doc)}.`;
  }
  const head = o.value === null ? `${label}: stated in its ${documentWords(doc)}.` : `${label}: ${valueLabel(dim, o.value)} — ${documentWords(doc)}.`;
  const words = e?.freeText ? ` In its words: “${e.freeText.trim().replace(/[.\s]+$/, '')}”.` : '';
  return head + words;
}

/** The sentences of one actor's paragraph, in reading order: positions (each followed once by our summary of its
 * document), changes, then what the tracker has not coded, or that it tracks no document at all. */
export function buildActorStatements(a: BriefingActorInput, dims: readonly DimensionKey[], asOf: string, cite: (c: Citation[]) => number): Statement[] {
  const docs = new Map(a.documents.map((d) => [d.id, d]));
  const citationOf = (ref: DocumentRef, coding?: AsOfCoding): Citation => {
    const base = docs.get(ref.id)!.citation;
    const e = coding ? a.evidence.get(coding.id) : undefined;
    const quote = e?.quotes[0];
    return {
      ...base,
      locator: quote?.locator ?? base.locator,
      quoteRole: quote ? quote.role : base.quoteRole,
      confidence: coding?.confidence ?? base.confidence,
    };
  };
  const out: Statement[] = [];
  const say = (kind: StatementKind, text: string, citations: Citation[], lowConfidence = false, dimension?: DimensionKey) =>
    out.push({ kind, text, footnote: citations.length ? cite(citations) : null, lowConfidence, ...(dimension ? { dimension } : {}) });

  const outcomes = resolveActorAsOf(dims, asOf, a.documents, a.codings);
  const summarised = new Set<number>();
  const uncoded: DimensionKey[] = [];
  let latest: DocumentRef | null = null;
  for (const dim of dims) {
    const o: Outcome = outcomes[dim]!;
    if (o.kind === 'no_document') continue;
    if (o.kind === 'not_coded') {
      uncoded.push(dim);
      latest = o.latest;
      continue;
    }
    const e = a.evidence.get(o.coding.id);
    const low = o.coding.confidence === 'low';
    const own = citationOf(o.document, o.coding);
    // Later documents the sentence mentions ("the later 2023 document says nothing on this") are cited too.
    const later = [...(o.kind === 'value' ? [...o.laterNoFinding, ...(o.laterPolitical ?? [])] : []), ...o.laterNotCoded].sort((x, y) =>
      x.date.localeCompare(y.date),
    );
    const notes = [laterSilenceNote(o), laterPoliticalNote(o), pendingNote(o)].filter((n): n is string => n !== null).map((n) => ` ${upperFirst(n)}.`);
    say('position', positionSentence(dim, o, docs.get(o.document.id)!, e) + notes.join(''), [own, ...later.map((d) => citationOf(d))], low, dim);
    if (e?.summary.trim() && !summarised.has(o.document.id)) {
      summarised.add(o.document.id);
      say('summary', `Our summary of that document: ${e.summary.trim()}`, [own], low);
    }
  }

  for (const c of listPositionChanges(a.documents, a.codings, dims, asOf)) {
    const from = `“${outcomeLabel(c.dimension, c.from)}” (${yearOf(c.from.document)})`;
    const to = `“${outcomeLabel(c.dimension, c.to)}” (${yearOf(c.to.document)})`;
    const low = c.from.coding.confidence === 'low' || c.to.coding.confidence === 'low';
    say(
      'change',
      `Change: on ${lowerFirst(DIMENSION_LABELS[c.dimension])}, ${a.name} moved from ${from} to ${to}.`,
      [citationOf(c.from.document, c.from.coding), citationOf(c.to.document, c.to.coding)],
      low,
    );
  }

  if (uncoded.length && latest) {
    const names = uncoded.map((d) => lowerFirst(DIMENSION_LABELS[d])).join(', ');
    say('not_coded', `Not yet coded in the tracker: ${names}.`, [citationOf(latest)]);
  }
  // A statement about our own data, not about a document: there is nothing to cite.
  if (out.length === 0) say('no_document', `No document of ${a.name} dated on or before ${formatPartialDate(asOf)} is tracked.`, []);
  return out;
}
