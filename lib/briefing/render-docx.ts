/** The pack as a Word document: real Word footnotes (one per cited statement) and a real table for the matrix. */
import { BorderStyle, Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { citationText, LOW_CONFIDENCE_FLAG, type BriefingPack } from './model';

const border = { style: BorderStyle.SINGLE, size: 4, color: '888888' };
const borders = { top: border, bottom: border, left: border, right: border };

function matrixTable(p: BriefingPack): Table {
  const header = new TableRow({
    tableHeader: true,
    children: ['Actor', ...p.dimensions.map((d) => d.label)].map(
      (t) => new TableCell({ borders, children: [new Paragraph({ children: [new TextRun({ text: t, bold: true })] })] }),
    ),
  });
  const rows = p.matrix.map(
    (r) =>
      new TableRow({
        children: [
          new TableCell({ borders, children: [new Paragraph({ children: [new TextRun({ text: `${r.name}${r.isBloc ? ' (bloc)' : ''}`, bold: true })] })] }),
          ...r.cells.map((c) => new TableCell({ borders, children: [new Paragraph({ children: [new TextRun(c.text), ...(c.lowConfidence ? [new TextRun({ text: ' ⚠ low', bold: true })] : [])] })] })),
        ],
      }),
  );
  return new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
}

export async function renderDocx(p: BriefingPack): Promise<Buffer> {
  const footnotes = Object.fromEntries(p.footnotes.map((f) => [String(f.n), { children: [new Paragraph(`${f.actor}: ${f.citations.map(citationText).join(' — ')}`)] }]));
  const sections = p.sections.flatMap((s) => [
    new Paragraph({ text: `${s.name}${s.isBloc ? ' (bloc)' : ''}`, heading: HeadingLevel.HEADING_3 }),
    new Paragraph({
      children: s.statements.flatMap((st) => [
        new TextRun(`${st.text}`),
        ...(st.lowConfidence ? [new TextRun({ text: ` ${LOW_CONFIDENCE_FLAG}`, bold: true })] : []),
        ...(st.footnote ? [new FootnoteReferenceRun(st.footnote)] : []),
        new TextRun(' '),
      ]),
    }),
  ]);
  const doc = new Document({
    title: p.title,
    creator: 'Cyber Due Diligence Positions Tracker',
    footnotes,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        children: [
          new Paragraph({ text: p.title, heading: HeadingLevel.TITLE }),
          ...(p.purpose ? [new Paragraph({ children: [new TextRun({ text: p.purpose, italics: true })] })] : []),
          new Paragraph(`Prepared ${p.generatedOn} · positions as of ${p.asOf} · dataset ${p.datasetVersion ?? 'unknown'} (converted ${p.datasetDate ?? 'unknown'}) · codebook ${p.codebookVersion}`),
          new Paragraph({ text: 'Summary', heading: HeadingLevel.HEADING_2 }),
          matrixTable(p),
          new Paragraph({ text: 'Positions', heading: HeadingLevel.HEADING_2, pageBreakBefore: true }),
          ...sections,
          new Paragraph({ text: 'Method', heading: HeadingLevel.HEADING_2 }),
          new Paragraph(`Codebook version ${p.codebookVersion}. ${p.asOfRule}`),
          ...p.confidenceLegend.map((c) => new Paragraph({ children: [new TextRun({ text: `${c.level} confidence: `, bold: true }), new TextRun(c.definition)] })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
