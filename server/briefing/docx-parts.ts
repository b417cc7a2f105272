/**
 * What the full pack and the two-page brief share in Word (library `docx`): A4 page settings, table borders, the
 * running header (title, as-of date) and "Page N of M" footer, footnotes citing documents with clickable URLs, and
 * note references (Word's own the first time, a superscript number when a later place shares the note).
 */
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  PageNumber,
  Paragraph,
  ShadingType,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { citationLabel, NO_URL_TEXT, urlPrefix, type Citation } from '@/lib/briefing/citation';
import type { Footnote } from '@/lib/briefing/model';

export const line = { style: BorderStyle.SINGLE, size: 4, color: '888888' };
export const borders = { top: line, bottom: line, left: line, right: line };
export const tint = { type: ShadingType.CLEAR, fill: 'F1F3F5', color: 'auto' };
export const A4 = { width: 11906, height: 16838 }; // twentieths of a point
export const MARGIN = 1021; // 18 mm, like the print stylesheet

function citationRuns(c: Citation, size?: number): ParagraphChild[] {
  if (c.form === 'ibid' || c.form === 'short') return [new TextRun({ text: citationLabel(c), size })];
  if (!c.url) return [new TextRun({ text: `${citationLabel(c)} ${NO_URL_TEXT}`, size })];
  return [
    new TextRun({ text: `${citationLabel(c)} ${urlPrefix(c)}`, size }),
    new ExternalHyperlink({ link: c.url, children: [new TextRun({ text: c.url, style: 'Hyperlink', size })] }),
  ];
}

/** A footnote's content: the actor, then each document it cites; `size` in half-points (default: Word's). */
export function footnoteContent(f: Footnote, size?: number) {
  const runs = f.citations.flatMap((c, i) => [...(i > 0 ? [new TextRun({ text: ' — ', size })] : []), ...citationRuns(c, size)]);
  return { children: [new Paragraph({ children: [new TextRun({ text: `${f.actor}: `, size }), ...runs] })] };
}

/** A note number: Word's own footnote reference the first time, a superscript number when a statement shares it. */
export function noteRun(n: number, referenced: Set<number>): ParagraphChild {
  if (referenced.has(n)) return new TextRun({ text: String(n), superScript: true });
  referenced.add(n);
  return new FootnoteReferenceRun(n);
}

export function runningHeader(title: string, asOf: string) {
  return new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${title} — positions as of ${asOf}`, size: 16, color: '555555' })] }),
    ],
  });
}

export function pageFooter() {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 16, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
