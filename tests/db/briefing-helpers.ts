/** Reads a pack back out of its Word and Markdown renderings, for tests that compare them with the model. */
import JSZip from 'jszip';
import { expect } from 'vitest';
import type { BriefingPack } from '@/lib/briefing/model';
import { renderDocx } from '@/server/briefing/render-docx';
import { renderMarkdown } from '@/lib/briefing/render-markdown';

export type DocxParts = { body: string; notes: Map<number, string>; noteRels: string };

export async function readDocx(data: Buffer | ArrayBuffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(data);
  const body = await zip.file('word/document.xml')!.async('string');
  const xml = await zip.file('word/footnotes.xml')!.async('string');
  const noteRels = (await zip.file('word/_rels/footnotes.xml.rels')?.async('string')) ?? '';
  // Word's separator and continuation-separator notes carry w:type and ids -1/0; ours are plain, numbered from 1.
  const notes = new Map([...xml.matchAll(/<w:footnote w:id="(\d+)">(.*?)<\/w:footnote>/gs)].map((m) => [Number(m[1]), m[2]!]));
  return { body, notes, noteRels };
}

export const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Every cited statement has a footnote in Word and in Markdown — statements resting on the same citations share one
 * (issue 13), numbered in order of first use — and each note cited in full carries its documents' URLs.
 */
export async function expectSameFootnotesEverywhere(pack: BriefingPack) {
  const citedAll = pack.sections.flatMap((s) => s.statements).filter((s) => s.footnote !== null);
  const cited = [...new Set(citedAll.map((s) => s.footnote))];
  expect(cited).toEqual(pack.footnotes.map((f) => f.n));

  const docx = await readDocx(await renderDocx(pack));
  expect(docx.body).toContain(xmlEscape(pack.title));
  expect(docx.body).toContain('<w:tbl>');
  expect((docx.body.match(/<w:footnoteReference /g) ?? []).length).toBe(cited.length);
  expect([...docx.notes.keys()]).toEqual(pack.footnotes.map((f) => f.n));
  for (const f of pack.footnotes) {
    for (const c of f.citations) {
      if (c.url && (c.form ?? 'full') === 'full') expect(docx.notes.get(f.n)).toContain(xmlEscape(c.url));
      if (c.url) expect(docx.noteRels).toContain(`Target="${xmlEscape(c.url)}"`);
    }
  }

  const md = renderMarkdown(pack);
  expect(md.match(/^\[\^\d+\]: /gm) ?? []).toHaveLength(cited.length);
  for (const f of pack.footnotes) {
    const line = md.split('\n').find((l) => l.startsWith(`[^${f.n}]: `))!;
    for (const c of f.citations) if (c.url && (c.form ?? 'full') === 'full') expect(line).toContain(`<${c.url}>`);
  }
  return { docx, md };
}
