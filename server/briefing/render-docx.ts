/**
 * The pack as a Word document (library `docx`): real Word footnotes — one per cited statement, with clickable URLs —
 * and a real table for the summary matrix, on A4.
 */
import {
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { citationLabel, LOW_CONFIDENCE_FLAG, NO_URL_TEXT, urlPrefix, type Citation } from '@/lib/briefing/citation';
import type { BriefingPack, Footnote } from '@/lib/briefing/model';

const line = { style: BorderStyle.SINGLE, size: 4, color: '888888' };
const borders = { top: line, bottom: line, left: line, right: line };
const tint = { type: ShadingType.CLEAR, fill: 'F1F3F5', color: 'auto' };
const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const MARGIN = 1021; // 18 mm, like the print stylesheet

const cell = (children: ParagraphChild[], header = false) =>
  new TableCell({ borders, shading: header ? tint : undefined, children: [new Paragraph({ children })] });

function matrixTable(p: BriefingPack): Table {
  const header = new TableRow({
    tableHeader: true,
    children: ['Actor', ...p.dimensions.map((d) => d.label)].map((t) => cell([new TextRun({ text: t, bold: true })], true)),
  });
  const rows = p.matrix.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([new TextRun({ text: `${r.name}${r.isBloc ? ' (bloc)' : ''}`, bold: true })]),
          ...r.cells.map((c) => cell([new TextRun(c.text), ...(c.lowConfidence ? [new TextRun({ text: ' ⚠ low', bold: true })] : [])])),
        ],
      }),
  );
  return new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
}

function citationRuns(c: Citation): ParagraphChild[] {
  if (!c.url) return [new TextRun(`${citationLabel(c)} ${NO_URL_TEXT}`)];
  return [
    new TextRun(`${citationLabel(c)} ${urlPrefix(c)}`),
    new ExternalHyperlink({ link: c.url, children: [new TextRun({ text: c.url, style: 'Hyperlink' })] }),
  ];
}

function footnoteContent(f: Footnote) {
  const runs = f.citations.flatMap((c, i) => [...(i > 0 ? [new TextRun(' — ')] : []), ...citationRuns(c)]);
  return { children: [new Paragraph({ children: [new TextRun(`${f.actor}: `), ...runs] })] };
}

function sectionParagraphs(p: BriefingPack): Paragraph[] {
  return p.sections.flatMap((s) => [
    new Paragraph({ text: `${s.name}${s.isBloc ? ' (bloc)' : ''}`, heading: HeadingLevel.HEADING_3, keepNext: true }),
    new Paragraph({
      spacing: { after: 160 },
      children: s.statements.flatMap((st, i) => [
        ...(i > 0 ? [new TextRun(' ')] : []),
        new TextRun(st.text),
        ...(st.lowConfidence ? [new TextRun({ text: ` ${LOW_CONFIDENCE_FLAG}`, bold: true })] : []),
        ...(st.footnote ? [new FootnoteReferenceRun(st.footnote)] : []),
      ]),
    }),
  ]);
}

function methodBox(p: BriefingPack): Paragraph[] {
  const box = { border: borders, shading: tint };
  const legend = (label: string, definition: string) =>
    new Paragraph({ ...box, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(definition)] });
  return [
    new Paragraph({ text: 'Method', heading: HeadingLevel.HEADING_2, pageBreakBefore: true }),
    new Paragraph({ ...box, text: `Codebook version ${p.codebookVersion}. ${p.asOfRule}` }),
    new Paragraph({ ...box, text: p.footnoteRule }),
    ...p.outcomeLegend.map((o) => legend(o.label, o.definition)),
    ...p.confidenceLegend.map((c) => legend(c.label, c.definition)),
  ];
}

export async function renderDocx(p: BriefingPack): Promise<Buffer> {
  const doc = new Document({
    title: p.title,
    description: p.purpose ?? undefined,
    creator: 'Cyber Due Diligence Positions Tracker',
    footnotes: Object.fromEntries(p.footnotes.map((f) => [String(f.n), footnoteContent(f)])),
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [
          new Paragraph({ text: p.title, heading: HeadingLevel.TITLE }),
          ...(p.purpose ? [new Paragraph({ children: [new TextRun({ text: p.purpose, italics: true })] })] : []),
          new Paragraph(
            `Prepared ${p.generatedOn} · positions as of ${p.asOf} · dataset ${p.datasetVersion ?? 'unknown'} (converted ${p.datasetDate ?? 'unknown'}) · codebook ${p.codebookVersion}`,
          ),
          new Paragraph({ text: 'Summary', heading: HeadingLevel.HEADING_2 }),
          matrixTable(p),
          new Paragraph({ text: 'Positions', heading: HeadingLevel.HEADING_2, pageBreakBefore: true }),
          ...sectionParagraphs(p),
          ...methodBox(p),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
