/**
 * The two-page ambassador brief as a Word document: A4 portrait throughout, the bottom line on top, one table row
 * pair per actor (values, then the quote and the confidence note across the row), the annex in small type, real
 * footnotes citing each document once, and the running header and page numbers of the full pack.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { AmbassadorBrief, BriefCell, BriefRow } from '@/lib/briefing/brief-model';
import { A4, borders, footnoteContent, MARGIN, noteRun, pageFooter, runningHeader, tint } from './docx-parts';

const BODY = 19; // half-points: 9.5 pt
const TABLE = 17; // 8.5 pt
const SMALL = 15; // 7.5 pt: annex and notes
const WIDTH = A4.width - 2 * MARGIN;

type Run = { text: string; bold?: boolean; italics?: boolean; size?: number };
const run = ({ size = BODY, ...r }: Run) => new TextRun({ ...r, size });
const para = (children: ParagraphChild[], extra: { after?: number; keepNext?: boolean } = {}) =>
  new Paragraph({ children, keepNext: extra.keepNext, spacing: { after: extra.after ?? 60 } });
const heading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 160, after: 60 }, children: [run({ text, bold: true, size: 22 })] });

function cellRuns(c: BriefCell, referenced: Set<number>): ParagraphChild[] {
  const gap = c.kind !== 'value' && c.kind !== 'silent';
  return [run({ text: c.text, size: TABLE, italics: gap }), ...(c.showNote && c.footnote ? [noteRun(c.footnote, referenced)] : [])];
}

const tableCell = (children: ParagraphChild[], width: number, extra: { header?: boolean; span?: number } = {}) =>
  new TableCell({
    borders,
    shading: extra.header ? tint : undefined,
    columnSpan: extra.span,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    children: [new Paragraph({ children, keepNext: true })],
  });

function rowPair(r: BriefRow, widths: number[], referenced: Set<number>): TableRow[] {
  const values = new TableRow({
    cantSplit: true,
    children: [
      tableCell([run({ text: `${r.name}${r.isBloc ? ' (bloc)' : ''}`, bold: true, size: TABLE })], widths[0]!),
      ...[r.applicability, ...r.cells].map((c, i) => tableCell(cellRuns(c, referenced), widths[i + 1]!)),
    ],
  });
  const q = r.quote;
  const quote: ParagraphChild[] =
    q.kind === 'none'
      ? [run({ text: q.label, italics: true, size: TABLE })]
      : [
          run({ text: `${q.label}: `, italics: true, size: TABLE }),
          run({ text: `“${q.quote}”`, size: TABLE }),
          ...(q.showNote ? [noteRun(q.footnote, referenced)] : []),
        ];
  const words = new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        borders,
        columnSpan: widths.length,
        margins: { top: 30, bottom: 50, left: 60, right: 60 },
        children: [new Paragraph({ children: [...quote, run({ text: ` ${r.confidenceNote}`, size: TABLE, bold: r.confidenceNote.includes('verify') })] })],
      }),
    ],
  });
  return [values, words];
}

function positionsTable(b: AmbassadorBrief, referenced: Set<number>): Table {
  const n = b.columns.length + 2;
  const actorWidth = Math.round(WIDTH * 0.16);
  const widths = [actorWidth, ...Array.from({ length: n - 1 }, () => Math.floor((WIDTH - actorWidth) / (n - 1)))];
  const header = new TableRow({
    tableHeader: true,
    children: ['Actor', 'Applicability', ...b.columns.map((c) => c.label)].map((t, i) =>
      tableCell([run({ text: t, bold: true, size: TABLE })], widths[i]!, { header: true }),
    ),
  });
  return new Table({
    rows: [header, ...b.rows.flatMap((r) => rowPair(r, widths, referenced))],
    columnWidths: widths,
    width: { size: WIDTH, type: WidthType.DXA },
  });
}

function annex(b: AmbassadorBrief): Paragraph[] {
  const small = (text: string, bold = false) => run({ text, size: SMALL, bold });
  return [
    heading('Annex: gaps, method and notes'),
    ...(b.annex.gaps.length ? [para([small('Gaps. ', true), small(b.annex.gaps.join(' '))])] : []),
    para([small('Method. ', true), small(b.annex.method.join(' '))]),
    para(b.annex.legend.flatMap((e, i) => [small(`${i ? ' ' : ''}${e.label}: `, true), small(e.definition)])),
    para([small('Notes: at the foot of each page.', true)]),
  ];
}

export async function renderBriefDocx(b: AmbassadorBrief): Promise<Buffer> {
  const referenced = new Set<number>();
  const table = positionsTable(b, referenced); // first: the table asks for the notes in reading order
  const meta = `Prepared ${b.generatedOn} · positions as of ${b.asOf} · dataset ${b.datasetVersion ?? 'unknown'} (converted ${b.datasetDate ?? 'unknown'}) · codebook ${b.codebookVersion}`;
  const doc = new Document({
    title: b.title,
    description: b.purpose ?? undefined,
    creator: 'Cyber Due Diligence Positions Tracker',
    footnotes: Object.fromEntries(b.footnotes.map((f) => [String(f.n), footnoteContent(f, SMALL)])),
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: { default: runningHeader(b.title, b.asOf) },
        footers: { default: pageFooter() },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 60 }, children: [run({ text: b.title, bold: true, size: 32 })] }),
          ...(b.purpose ? [para([run({ text: b.purpose, italics: true })])] : []),
          para([run({ text: meta, size: SMALL })], { after: 120 }),
          heading('Bottom line'),
          ...b.bottomLine.map((s) =>
            para([run({ text: s.text }), ...(s.footnotes.length ? [new TextRun({ text: ` ${s.footnotes.join(', ')}`, superScript: true, size: BODY })] : [])]),
          ),
          heading(`Positions as of ${b.asOf}`),
          table,
          para([run({ text: 'Superscript numbers refer to the notes at the foot of the pages.', italics: true, size: SMALL })]),
          ...annex(b),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
