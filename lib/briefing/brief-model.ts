/**
 * The two-page ambassador brief as one format-neutral model, read by the HTML view, the Markdown and the Word
 * renderers: a bottom line, one row per actor in the chosen order (applicability, best quote, the dimensions coded
 * for at least one of them, one confidence note), and an annex (gaps, method, legend) with the notes. Built from the
 * same input as the full pack (lib/briefing/model.ts), so nothing is read or worded twice.
 */
import { CODEBOOK_VERSION, DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import type { Confidence } from '@/lib/domain/vocabulary';
import { isShown, resolveCells } from './brief-cells';
import { buildAnnex, type BriefAnnex } from './brief-annex';
import { buildRow, type BriefRow } from './brief-rows';
import { buildBottomLine, type BriefSentence } from './bottom-line';
import { footnoteMaker, type BriefingInput, type Footnote } from './model';

export type { BriefCell, BriefCellKind } from './brief-cells';
export type { BriefQuote, BriefRow } from './brief-rows';
export type { BriefSentence } from './bottom-line';
export type { BriefAnnex } from './brief-annex';

export type AmbassadorBrief = {
  title: string;
  purpose: string | null;
  generatedOn: string;
  asOf: string;
  datasetVersion: string | null;
  datasetDate: string | null;
  codebookVersion: string;
  /** Values coded below this confidence are left out (and said to be); null keeps every value. */
  minConfidence: Confidence | null;
  bottomLine: BriefSentence[];
  /** The dimensions besides applicability coded for at least one chosen actor, in the chosen order. */
  columns: { key: DimensionKey; label: string }[];
  rows: BriefRow[];
  annex: BriefAnnex;
  footnotes: Footnote[];
};

export function buildBrief(input: BriefingInput, minConfidence: Confidence | null = null): AmbassadorBrief {
  const cells = input.actors.map((a) => resolveCells(a, input.dims, input.asOf, minConfidence));
  const others = input.dims.filter((d) => d !== 'applicability');
  const columns = others.filter((d) => cells.some((m) => isShown(m.get(d)!)));
  const leftOut = others.filter((d) => !columns.includes(d) && cells.some((m) => m.get(d)!.kind === 'left_out'));
  const uncoded = others.filter((d) => !columns.includes(d) && !leftOut.includes(d));
  const footnotes: Footnote[] = [];
  const citeFor = footnoteMaker(footnotes);
  const rows = input.actors.map((a, i) => {
    const cite = citeFor(a.name);
    return buildRow(a, cells[i]!, columns, (c) => cite([c]));
  });
  const named = input.actors.map((a, i) => ({ name: a.name, cells: cells[i]! }));
  return {
    title: input.title,
    purpose: input.purpose,
    generatedOn: input.generatedOn,
    asOf: input.asOf,
    datasetVersion: input.datasetVersion,
    datasetDate: input.datasetDate,
    codebookVersion: CODEBOOK_VERSION,
    minConfidence,
    bottomLine: buildBottomLine(rows, columns, uncoded, minConfidence),
    columns: columns.map((key) => ({ key, label: DIMENSION_LABELS[key] })),
    rows,
    annex: buildAnnex(named, ['applicability', ...columns], uncoded, leftOut, input.asOf, minConfidence),
    footnotes,
  };
}
