/**
 * The briefing pack as one format-neutral model. The HTML preview, Markdown and Word renderers all read it, so they
 * carry the same statements and the same footnotes by construction. Every sentence is assembled from coded values,
 * codebook labels and our stored summaries (lib/briefing/statements.ts): nothing here invents content.
 */
import { AS_OF_RULE_SENTENCE, isCoded, resolveActorAsOf } from '@/lib/domain/as-of';
import { CODEBOOK_VERSION, DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { CONFIDENCE_DEFINITIONS, CONFIDENCE_LABELS, CONFIDENCE_LEVELS, type Confidence } from '@/lib/domain/vocabulary';
import { OUTCOME_KIND_DEFINITIONS, OUTCOME_KIND_LABELS, outcomeLabel } from '@/lib/domain/outcome-text';
import { documentKey, type Citation } from './citation';
import { buildExecutiveSummary, type SummarySentence } from './executive-summary';
import { buildActorStatements, type BriefingActorInput, type Statement } from './statements';

export type { Citation } from './citation';
export type { BriefingActorInput, BriefingDocument, Statement, StatementKind } from './statements';

export const FOOTNOTE_RULE_SENTENCE =
  'Every statement that rests on a document has a footnote giving its title, date, locator and URL; a statement that no document is tracked is about the tracker itself and has none.';

export type Footnote = { n: number; actor: string; citations: Citation[] };
export type { SummarySentence } from './executive-summary';
export type ActorSection = { slug: string; name: string; isBloc: boolean; statements: Statement[] };
export type MatrixCell = { text: string; lowConfidence: boolean };
export type LegendEntry = { label: string; definition: string };

export type BriefingPack = {
  title: string;
  purpose: string | null;
  generatedOn: string;
  asOf: string;
  datasetVersion: string | null;
  datasetDate: string | null;
  codebookVersion: string;
  asOfRule: string;
  footnoteRule: string;
  confidenceLegend: (LegendEntry & { level: Confidence })[];
  /** What "Silent", "Not yet coded" and "No document tracked" mean: three different things. */
  outcomeLegend: LegendEntry[];
  dimensions: { key: DimensionKey; label: string }[];
  matrix: { slug: string; name: string; isBloc: boolean; cells: MatrixCell[] }[];
  /** Where the chosen actors agree and differ, dimension by dimension, pointing to the position notes. */
  executiveSummary: SummarySentence[];
  sections: ActorSection[];
  footnotes: Footnote[];
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

function matrixRow(a: BriefingActorInput, dims: readonly DimensionKey[], asOf: string) {
  const outcomes = resolveActorAsOf(dims, asOf, a.documents, a.codings);
  return {
    slug: a.slug,
    name: a.name,
    isBloc: a.isBloc,
    cells: dims.map((dim): MatrixCell => {
      const o = outcomes[dim]!;
      const coded = isCoded(o);
      return { text: `${outcomeLabel(dim, o)}${coded ? ` (${o.document.date.slice(0, 4)})` : ''}`, lowConfidence: coded && o.coding.confidence === 'low' };
    }),
  };
}

/**
 * Footnotes with repeats folded: a statement resting on exactly the citations of an earlier statement of the same
 * actor shares its note; a new note repeating the one document of the note before says "Ibid."; a document already
 * cited in full is cited by short title.
 */
export function footnoteMaker(footnotes: Footnote[]) {
  const seenDocuments = new Set<string>();
  const byKey = new Map<string, number>();
  let previous: string[] = [];
  return (actor: string) =>
    (citations: Citation[]): number => {
      const key = `${actor}\u0001${citations.map((c) => `${documentKey(c)}\u0000${c.locator ?? ''}\u0000${c.quoteRole ?? ''}\u0000${c.confidence ?? ''}`).join('\u0001')}`;
      const existing = byKey.get(key);
      if (existing !== undefined) return existing;
      const docs = citations.map(documentKey);
      const formed = citations.map((c, i): Citation => {
        const form = citations.length === 1 && previous.length === 1 && previous[0] === docs[i] ? 'ibid' : seenDocuments.has(docs[i]!) ? 'short' : 'full';
        return { ...c, form };
      });
      docs.forEach((d) => seenDocuments.add(d));
      previous = docs;
      const n = footnotes.length + 1;
      footnotes.push({ n, actor, citations: formed });
      byKey.set(key, n);
      return n;
    };
}

export function buildBriefing(input: BriefingInput): BriefingPack {
  const footnotes: Footnote[] = [];
  const citeFor = footnoteMaker(footnotes);
  const sections = input.actors.map((a): ActorSection => ({
    slug: a.slug,
    name: a.name,
    isBloc: a.isBloc,
    statements: buildActorStatements(a, input.dims, input.asOf, citeFor(a.name)),
  }));
  const kinds = ['silent', 'not_coded', 'no_document'] as const;
  return {
    title: input.title,
    purpose: input.purpose,
    generatedOn: input.generatedOn,
    asOf: input.asOf,
    datasetVersion: input.datasetVersion,
    datasetDate: input.datasetDate,
    codebookVersion: CODEBOOK_VERSION,
    asOfRule: AS_OF_RULE_SENTENCE,
    footnoteRule: FOOTNOTE_RULE_SENTENCE,
    confidenceLegend: CONFIDENCE_LEVELS.map((level) => ({ level, label: CONFIDENCE_LABELS[level], definition: CONFIDENCE_DEFINITIONS[level] })),
    outcomeLegend: kinds.map((k) => ({ label: OUTCOME_KIND_LABELS[k], definition: OUTCOME_KIND_DEFINITIONS[k] })),
    dimensions: input.dims.map((key) => ({ key, label: DIMENSION_LABELS[key] })),
    matrix: input.actors.map((a) => matrixRow(a, input.dims, input.asOf)),
    executiveSummary: buildExecutiveSummary(input.actors, sections, input.dims, input.asOf),
    sections,
    footnotes,
  };
}
