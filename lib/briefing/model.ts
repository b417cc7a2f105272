/**
 * The briefing pack as one format-neutral model. The HTML preview, Markdown and Word renderers all read it, so they
 * carry the same statements and the same footnotes by construction. Every sentence is assembled from coded values,
 * codebook labels and our stored summaries (lib/briefing/statements.ts): nothing here invents content.
 */
import { AS_OF_RULE_SENTENCE, isCoded, resolveActorAsOf } from '@/lib/domain/as-of';
import { CODEBOOK_VERSION, DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { CONFIDENCE_DEFINITIONS, CONFIDENCE_LABELS, CONFIDENCE_LEVELS, type Confidence } from '@/lib/domain/vocabulary';
import { OUTCOME_KIND_DEFINITIONS, OUTCOME_KIND_LABELS, outcomeLabel } from '@/lib/domain/outcome-text';
import type { Citation } from './citation';
import { buildActorStatements, type BriefingActorInput, type Statement } from './statements';

export type { Citation } from './citation';
export type { BriefingActorInput, BriefingDocument, Statement, StatementKind } from './statements';

export const FOOTNOTE_RULE_SENTENCE =
  'Every statement that rests on a document has a footnote giving its title, date, locator and URL; a statement that no document is tracked is about the tracker itself and has none.';

export type Footnote = { n: number; actor: string; citations: Citation[] };
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

export function buildBriefing(input: BriefingInput): BriefingPack {
  const footnotes: Footnote[] = [];
  const sections = input.actors.map((a): ActorSection => {
    const cite = (citations: Citation[]) => {
      const n = footnotes.length + 1;
      footnotes.push({ n, actor: a.name, citations });
      return n;
    };
    return { slug: a.slug, name: a.name, isBloc: a.isBloc, statements: buildActorStatements(a, input.dims, input.asOf, cite) };
  });
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
    sections,
    footnotes,
  };
}
