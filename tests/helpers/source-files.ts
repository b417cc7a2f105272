/** Source files made in the tests: PDFs (scripts/sources/pdf-writer.ts), DOCX (the docx package), ZIP bombs (fflate). */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { crc32, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
export { makePdf } from '@/scripts/sources/pdf-writer';

/** A DOCX whose entries are `[heading?, paragraphs]` sections. */
export async function makeDocx(sections: { heading?: string; paragraphs: string[] }[]): Promise<Uint8Array> {
  const children = sections.flatMap((s) => [
    ...(s.heading ? [new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1 })] : []),
    ...s.paragraphs.map((p) => new Paragraph(p)),
  ]);
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The parts a DOCX needs besides its body, so a bomb looks like a Word document until it is opened. */
const DOCX_SHELL = {
  '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
};

/**
 * A ZIP written by hand from deflated entries (node:zlib deflates 100 MB of zeros in a fraction of a second, where a
 * JavaScript deflater takes seconds), with `claimed` sizes written into its headers instead of the real ones when
 * given — a lying archive that only counting the bytes that come out can catch.
 */
function handZip(entries: { name: string; data: Uint8Array; claimed?: number }[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const size = e.claimed ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, packed);
    central.push(dir, name);
    offset += local.length + name.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, dirBytes, end]));
}

const SHELL = Object.entries(DOCX_SHELL).map(([name, data]) => ({ name, data }));

/** A "DOCX" whose document.xml inflates to `bytes` zeros and says so in its headers. */
export const zipBombDocx = (bytes: number) => handZip([...SHELL, { name: 'word/document.xml', data: new Uint8Array(bytes) }]);

/** The same, but its headers claim document.xml is only `claimed` bytes. */
export const lyingZipBombDocx = (bytes: number, claimed: number) => handZip([...SHELL, { name: 'word/document.xml', data: new Uint8Array(bytes), claimed }]);

/** A "DOCX" holding `entries` tiny files. */
export function manyEntryDocx(entries: number): Uint8Array {
  const files: Record<string, Uint8Array> = { ...DOCX_SHELL, 'word/document.xml': strToU8('<w:document/>') };
  for (let i = 0; i < entries; i++) files[`word/media/part${i}.xml`] = strToU8('x');
  return zipSync(files);
}

export const html = (body: string, head = '') =>
  utf8(`<!doctype html>\n<html><head><meta charset="utf-8"><title>t</title>${head}</head>\n<body>\n${body}\n</body></html>`);
export { utf8 };
