/**
 * Extracted text, stored in units: the pages of a PDF, or sections of a DOCX, HTML or text file (a heading starts
 * a section; a long run of paragraphs is cut into sections of about a printed page, so the reading view can page
 * through any source). Paragraphs within a section are separated by a blank line and numbered across the source.
 */
import type { SourceKind, SourceUnitKind } from './vocabulary';
import type { TextBlock } from './html-text';

export type SourceUnit = {
  /** 1-based position in the source: the page number of a PDF, the section number otherwise. */
  seq: number;
  /** The printed page label of a PDF page when it differs from its number, or a section's heading. */
  label: string | null;
  /** Number of the unit's first paragraph in the whole source (sections only). */
  firstParagraph: number | null;
  text: string;
};

export type ExtractedSource = {
  kind: SourceKind;
  unitKind: SourceUnitKind;
  units: SourceUnit[];
  /** PDF pages without any text (numbers), e.g. a scanned annex inside a text PDF. */
  pagesWithoutText: number[];
  /** The library (and version) that read the text, kept with the source so it can be re-read later. */
  extractor: string;
};

const LABEL_CHARS = 120;

const shortLabel = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1).trimEnd()}…` : s);

/** Groups blocks into sections: each heading opens one; a section closes once it holds `sectionChars` characters. */
export function sectionsFromBlocks(blocks: readonly TextBlock[], sectionChars: number): SourceUnit[] {
  const units: SourceUnit[] = [];
  let current: { label: string | null; first: number; parts: string[]; size: number } | null = null;
  let heading: string | null = null;
  const close = () => {
    if (current && current.parts.length > 0) {
      units.push({ seq: units.length + 1, label: current.label, firstParagraph: current.first, text: current.parts.join('\n\n') });
    }
    current = null;
  };
  blocks.forEach((b, i) => {
    if (b.heading || (current && current.size >= sectionChars)) {
      close();
      if (b.heading) heading = shortLabel(b.text);
    }
    if (!current) {
      const continued: boolean = !b.heading && heading !== null;
      current = { label: continued ? `${heading} (continued)` : b.heading ? heading : null, first: i + 1, parts: [], size: 0 };
    }
    current.parts.push(b.text);
    current.size += b.text.length + 2;
  });
  close();
  return units;
}

/** Plain text → blocks: paragraphs are separated by blank lines; lines inside a paragraph are kept. */
export function plainTextBlocks(text: string): TextBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((p) => p.replace(/[^\S\n]+$/gm, '').replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '')
    .map((p) => ({ text: p, heading: false }));
}

/** Letters and digits in the units: what counts as "text" when deciding whether a file has a text layer. */
export function countTextChars(units: readonly { text: string }[]): number {
  return units.reduce((n, u) => n + (u.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
}

/**
 * Stored text is NFC (so quotes compare character by character), with Windows line ends made plain and control
 * characters other than line breaks and tabs removed (PDFs carry stray ones; they are not text anyone reads).
 */
export function cleanUnitText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .normalize('NFC');
}
