/**
 * The briefing pack as one format-neutral model. The HTML preview, Markdown and Word renderers all read it, so they
 * carry the same statements and the same footnotes by construction. Every sentence is assembled from coded values,
 * codebook labels and our stored summaries: nothing here invents content.
 */
import type { Outcome } from '../as-of';
import { listDocumentEvents, type ChangeDocument } from '../changes';
import type { AsOfCoding } from '../as-of';
import { CODEBOOK_VERSION, DIMENSION_LABELS, valueLabel, type DimensionKey } from '../codebook';
import { formatPartialDate } from '../dates';
import { CONFIDENCE_DEFINITIONS, CONFIDENCE_LEVELS, DOCUMENT_TYPE_LABELS, type Confidence, type DocumentType } from '../domain';
import type { CodingEvidence } from '../evidence';
import { outcomeLabel } from '../outcome-text';

export const AS_OF_RULE_SENTENCE =
  "An actor's position on a dimension as of a date is taken from its latest coded document dated on or before that date (a date known only to the month or year counts from the end of that period), and a later silence does not erase an earlier stated view.";

export type Citation = { title: string; date: string; locator: string | null; url: string | null; confidence: Confidence | null };
export type Footnote = { n: number; actor: string; citations: Citation[] };
export type Statement = { text: string; footnote: number | null; lowConfidence: boolean };
export type ActorSection = { slug: string; name: string; isBloc: boolean; statements: Statement[] };
export type MatrixCell = { text: string; lowConfidence: boolean };

export type BriefingPack = {
  title: string;
  purpose: string | null;
  generatedOn: string;
  asOf: string;
  datasetVersion: string | null;
  datasetDate: string | null;
  codebookVersion: string;
  asOfRule: string;
  confidenceLegend: { level: Confidence; definition: string }[];
  dimensions: { key: DimensionKey; label: string }[];
  matrix: { name: string; isBloc: boolean; cells: MatrixCell[] }[];
  sections: ActorSection[];
  footnotes: Footnote[];
};

export type BriefingActorInput = {
  slug: string;
  name: string;
  isBloc: boolean;
  outcomes: Record<string, Outcome>;
  /** Evidence of every current coding of the actor, by coding id. */
  evidence: ReadonlyMap<number, CodingEvidence>;
  /** Documents in effect by the as-of date and the actor's current codings, for change sentences. */
  documents: ChangeDocument[];
  codings: AsOfCoding[];
  /** Citation data of the actor's documents, by document id. */
  citations: ReadonlyMap<number, Citation & { type: DocumentType }>;
};

export type BriefingInput = {
  title: string;
  purpose: string | null;
  generatedOn: string;
  asOf: string;
  datasetVersion: string | null;
  datasetDate: string | null;
  dims: DimensionKey[];
  actors: BriefingActorInput[];
};

function citationOf(e: CodingEvidence): Citation {
  return { title: e.document.title, date: e.document.date, locator: e.quotes[0]?.locator ?? null, url: e.document.url ?? e.document.archiveUrl, confidence: e.confidence };
}

function year(o: Outcome): string {
  return o.kind === 'value' || o.kind === 'silent' ? ` (${o.document.date.slice(0, 4)})` : '';
}

export function buildBriefing(input: BriefingInput): BriefingPack {
  const footnotes: Footnote[] = [];
  const cite = (actor: string, citations: Citation[]): number => {
    footnotes.push({ n: footnotes.length + 1, actor, citations });
    return footnotes.length;
  };

  const sections = input.actors.map((a): ActorSection => {
    const statements: Statement[] = [];
    const say = (text: string, citations: Citation[] | null, low = false) =>
      statements.push({ text, footnote: citations && citations.length ? cite(a.name, citations) : null, lowConfidence: low });

    const uncoded: DimensionKey[] = [];
    let latestDocument: Citation | null = null;
    for (const dim of input.dims) {
      const o = a.outcomes[dim] ?? { kind: 'no_document' };
      if (o.kind === 'no_document') continue;
      if (o.kind === 'not_coded') {
        uncoded.push(dim);
        latestDocument = a.citations.get(o.latest.id) ?? latestDocument;
        continue;
      }
      const e = a.evidence.get(o.coding.id);
      if (!e) continue;
      const type = e.document.type === 'other' ? 'document' : DOCUMENT_TYPE_LABELS[e.document.type].toLowerCase();
      const when = formatPartialDate(e.document.date);
      const pending = o.laterNotCoded.length ? ` A later document (${o.laterNotCoded.map((d) => d.date.slice(0, 4)).join(', ')}) is not yet coded.` : '';
      const words = e.freeText ? ` In its words: “${e.freeText}”.` : '';
      const text =
        o.kind === 'silent'
          ? `${DIMENSION_LABELS[dim]}: ${dim === 'applicability' ? 'silent — its ' + type + ' of ' + when + ' says nothing on due diligence' : 'not addressed in its ' + type + ' of ' + when}.${pending}`
          : `${DIMENSION_LABELS[dim]}: ${o.value === null ? 'stated in its ' + type + ' of ' + when : valueLabel(dim, o.value) + ' — ' + type + ' of ' + when}.${words}${pending}`;
      say(text, [citationOf(e)], e.confidence === 'low');
      if (dim === 'applicability') say(`Our summary of that document: ${e.summary}`, [citationOf(e)], e.confidence === 'low');
    }
    if (uncoded.length) say(`Not yet coded in the tracker: ${uncoded.map((d) => DIMENSION_LABELS[d].toLowerCase()).join(', ')}.`, latestDocument ? [latestDocument] : null);
    if (statements.length === 0) say(`No document of ${a.name} dated on or before ${input.asOf} is tracked.`, null);

    for (const ev of listDocumentEvents(a.documents, a.codings, input.dims)) {
      for (const c of ev.changes) {
        if (c.from.kind !== 'value' && c.from.kind !== 'silent') continue;
        const fromDoc = a.citations.get(c.from.document.id);
        const toDoc = a.citations.get(ev.document.id);
        const low = fromDoc?.confidence === 'low' || toDoc?.confidence === 'low';
        say(
          `Change: on ${DIMENSION_LABELS[c.dimension].toLowerCase()}, ${a.name} moved from “${outcomeLabel(c.dimension, c.from)}”${year(c.from)} to “${outcomeLabel(c.dimension, c.to)}”${year(c.to)}.`,
          [fromDoc, toDoc].filter((x): x is Citation & { type: DocumentType } => x !== undefined),
          low,
        );
      }
    }
    return { slug: a.slug, name: a.name, isBloc: a.isBloc, statements };
  });

  return {
    title: input.title,
    purpose: input.purpose,
    generatedOn: input.generatedOn,
    asOf: input.asOf,
    datasetVersion: input.datasetVersion,
    datasetDate: input.datasetDate,
    codebookVersion: CODEBOOK_VERSION,
    asOfRule: AS_OF_RULE_SENTENCE,
    confidenceLegend: CONFIDENCE_LEVELS.map((level) => ({ level, definition: CONFIDENCE_DEFINITIONS[level] })),
    dimensions: input.dims.map((key) => ({ key, label: DIMENSION_LABELS[key] })),
    matrix: input.actors.map((a) => ({
      name: a.name,
      isBloc: a.isBloc,
      cells: input.dims.map((dim) => {
        const o = a.outcomes[dim] ?? { kind: 'no_document' };
        const low = (o.kind === 'value' || o.kind === 'silent') && o.coding.confidence === 'low';
        return { text: `${outcomeLabel(dim, o)}${year(o)}`, lowConfidence: low };
      }),
    })),
    sections,
    footnotes,
  };
}

/** "Title (4 July 2023), para. 4." — a citation without its URL, for renderers that link the URL themselves. */
export function citationLabel(c: Citation): string {
  const locator = c.locator?.replace(/[.\s]+$/, '');
  return `${c.title} (${formatPartialDate(c.date)})${locator ? `, ${locator}` : ''}.${c.confidence === 'low' ? ' [low confidence]' : ''}`;
}

/** "Title (4 July 2023), para. 4. https://…" — the full text of one citation in a footnote. */
export function citationText(c: Citation): string {
  return `${citationLabel(c)} ${c.url ?? 'No official URL known.'}`;
}

export const LOW_CONFIDENCE_FLAG = '[low confidence — verify before citing]';
