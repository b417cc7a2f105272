/**
 * A minimal PDF writer for tests and benchmarks: known text on known pages, in Helvetica with WinAnsi encoding (so
 * typographic quotes and dashes survive), plus the broken variants the source checks must refuse: a password-protected
 * file (an /Encrypt dictionary whose user password is not empty), pages without a text layer (what a scan looks like
 * to a text extractor) and truncated bytes. Written by hand because the only maintained PDF writers on npm are far
 * larger than these 100 lines, and LibreOffice takes seconds per file on a shared 2-core machine.
 */

export type PdfOptions = {
  /** An /Encrypt dictionary with a non-empty user password: readers must ask for a password. */
  encrypted?: boolean;
  /** Draw a grey box instead of text on every page: no text layer, like a scanned image. */
  noTextLayer?: boolean;
};

// WinAnsiEncoding positions of the characters a quote typically carries beyond ASCII.
const WIN_ANSI: Record<string, number> = {
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2013': 0x96,
  '\u2014': 0x97,
};
// U+00A0 to U+00FF (Latin-1) sit at the same positions in WinAnsiEncoding.
const winAnsi = (ch: string) => WIN_ANSI[ch] ?? (ch.charCodeAt(0) >= 0xa0 && ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : undefined);

/** True when `s` can be written by this writer (ASCII, Latin-1 and the typographic marks above). */
export const pdfEncodable = (s: string) => [...s].every((ch) => (ch >= ' ' && ch <= '~') || winAnsi(ch) !== undefined);

/** A PDF string literal: ASCII as is, the characters above as octal escapes, ( ) \ escaped. */
function pdfString(s: string): string {
  let out = '(';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else if (winAnsi(ch) !== undefined) out += `\\${winAnsi(ch)!.toString(8).padStart(3, '0')}`;
    else throw new Error(`pdf-writer: no WinAnsi code for U+${code.toString(16)}`);
  }
  return `${out})`;
}

function pageContent(lines: readonly string[], noTextLayer: boolean): string {
  if (noTextLayer) return '0.6 g 72 500 450 250 re f';
  const body = lines.map((l, i) => (i === 0 ? `${pdfString(l)} Tj` : `T* ${pdfString(l)} Tj`)).join('\n');
  return `BT /F1 11 Tf 14 TL 72 770 Td\n${body}\nET`;
}

/** A PDF with one page per entry of `pages`, each entry the lines of that page (top to bottom). */
export function makePdf(pages: readonly (readonly string[])[], options: PdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body); /* 1-based object number */
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in once the page objects are numbered
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of pages) {
    const content = pageContent(lines, options.noTextLayer ?? false);
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    const contentRef = objects.length;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentRef} 0 R >>`);
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encryptRef: number | null = null;
  if (options.encrypted) {
    // RC4 40-bit (R2) with owner and user keys that no empty password opens.
    add(`<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -44 >>`);
    encryptRef = objects.length;
  }

  let pdf = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  const id = '<0123456789abcdef0123456789abcdef>';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encryptRef ? ` /Encrypt ${encryptRef} 0 R /ID [${id} ${id}]` : ''} >>\n`;
  pdf += `startxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
