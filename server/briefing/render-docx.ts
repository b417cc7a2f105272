/**
 * The pack as a Word document (library `docx`): real Word footnotes with clickable URLs (a repeated citation shares
 * its note, or is cited "Ibid." / by short title), the summary matrix as a real table in a landscape section so no
 * word breaks, and a running header (title, as-of date) and page numbers on every page, on A4.
 */
import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { LOW_CONFIDENCE_FLAG } from '@/lib/briefing/citation';
import type { BriefingPack } from '@/lib/briefing/model';
import { A4, borders, footnoteContent, MARGIN, noteRun, pageFooter, runningHeader, tint } from './docx-parts';

const cell = (children: ParagraphChild[], header = false) =>
  new TableCell({ borders, shading: header ? tint : undefined, children: [new Paragraph({ children })] });
const small = (text: string, extra: { bold?: boolean } = {}) => new TextRun({ text, size: 17, ...extra });

function matrixTable(p: BriefingPack): Table {
  const header = new TableRow({
    tableHeader: true,
    children: ['Actor', ...p.dimensions.map((d) => d.label)].map((t) => cell([small(t, { bold: true })], true)),
  });
  const rows = p.matrix.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([small(`${r.name}${r.isBloc ? ' (bloc)' : ''}`, { bold: true })]),
          ...r.cells.map((c) => cell([small(c.text), ...(c.lowConfidence ? [small(' ⚠ low', { bold: true })] : [])])),
        ],
      }),
  );
  return new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
}

function sectionParagraphs(p: BriefingPack, referenced: Set<number>): Paragraph[] {
  return p.sections.flatMap((s) => [
    new Paragraph({ text: `${s.name}${s.isBloc ? ' (bloc)' : ''}`, heading: HeadingLevel.HEADING_3, keepNext: true }),
    new Paragraph({
      spacing: { after: 160 },
      children: s.statements.flatMap((st, i) => [
        ...(i > 0 ? [new TextRun(' ')] : []),
        new TextRun(st.text),
        ...(st.lowConfidence ? [new TextRun({ text: ` ${LOW_CONFIDENCE_FLAG}`, bold: true })] : []),
        ...(st.footnote ? [noteRun(st.footnote, referenced)] : []),
      ]),
    }),
  ]);
}

/** The executive summary: its sentences point to the position notes by number (the notes themselves come later). */
function summaryParagraphs(p: BriefingPack): Paragraph[] {
  if (p.executiveSummary.length === 0) return [];
  return [
    new Paragraph({ text: 'Executive summary', heading: HeadingLevel.HEADING_2 }),
    ...p.executiveSummary.map(
      (s) =>
        new Paragraph({
          bullet: { level: 0 },
          children: [new TextRun(s.text), ...(s.footnotes.length ? [new TextRun({ text: ` ${s.footnotes.join(', ')}`, superScript: true })] : [])],
        }),
    ),
    new Paragraph({ children: [new TextRun({ text: 'Superscript numbers refer to the notes of the positions below.', italics: true, size: 18 })] }),
  ];
}

function methodBox(p: BriefingPack): Paragraph[] {
  const box = { border: borders, shading: tint };
  const legend = (label: string, definition: string) =>
    new Paragraph({ ...box, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(definition)] });
  return [
    new Paragraph({ text: 'Method', heading: HeadingLevel.HEADING_2, keepNext: true }),
    new Paragraph({ ...box, text: `Codebook version ${p.codebookVersion}. ${p.asOfRule}` }),
    new Paragraph({ ...box, text: p.footnoteRule }),
    ...p.outcomeLegend.map((o) => legend(o.label, o.definition)),
    ...p.confidenceLegend.map((c) => legend(c.label, c.definition)),
  ];
}

export async function renderDocx(p: BriefingPack): Promise<Buffer> {
  const margin = { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN };
  const chrome = { headers: { default: runningHeader(p.title, p.asOf) }, footers: { default: pageFooter() } };
  const referenced = new Set<number>();
  const doc = new Document({
    title: p.title,
    description: p.purpose ?? undefined,
    creator: 'Cyber Due Diligence Positions Tracker',
    footnotes: Object.fromEntries(p.footnotes.map((f) => [String(f.n), footnoteContent(f)])),
    sections: [
      {
        properties: { page: { size: A4, margin } },
        ...chrome,
        children: [
          new Paragraph({ text: p.title, heading: HeadingLevel.TITLE }),
          ...(p.purpose ? [new Paragraph({ children: [new TextRun({ text: p.purpose, italics: true })] })] : []),
          new Paragraph(
            `Prepared ${p.generatedOn} · positions as of ${p.asOf} · dataset ${p.datasetVersion ?? 'unknown'} (converted ${p.datasetDate ?? 'unknown'}) · codebook ${p.codebookVersion}`,
          ),
          ...summaryParagraphs(p),
        ],
      },
      {
        // The matrix on a landscape page: ten columns fit without breaking a word.
        properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin } },
        ...chrome,
        children: [new Paragraph({ text: 'Summary matrix', heading: HeadingLevel.HEADING_2 }), matrixTable(p)],
      },
      {
        properties: { page: { size: A4, margin } },
        ...chrome,
        children: [new Paragraph({ text: 'Positions', heading: HeadingLevel.HEADING_2 }), ...sectionParagraphs(p, referenced), ...methodBox(p)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
