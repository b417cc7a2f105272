import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/briefing/route';
import { getBriefingInput, getBriefingVocabulary } from '@/db/queries/briefing';
import { buildBriefing, type BriefingPack } from '@/lib/briefing/model';
import { parseBriefingParams } from '@/lib/briefing/params';
import { renderDocx } from '@/lib/briefing/render-docx';
import { renderMarkdown } from '@/lib/briefing/render-markdown';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../helpers/db';

const seed = readSeedDir(DEFAULT_SEED_DIR);
let pack: BriefingPack;

beforeAll(async () => {
  seedTestDb(seed);
  const { params } = parseBriefingParams({ actors: 'denmark,china,european-union,united-states', title: 'Cyber due diligence — four positions' }, await getBriefingVocabulary(), '2026-11-22');
  pack = buildBriefing(await getBriefingInput(params, '2026-11-22'));
});

const urlsOf = (p: BriefingPack) => p.footnotes.flatMap((f) => f.citations.map((c) => c.url)).filter((u): u is string => u !== null);

describe('buildBriefing on the real data', () => {
  it('has a section and a matrix row per actor, and a footnote on every cited statement', () => {
    expect(pack.sections.map((s) => s.slug).sort()).toEqual(['china', 'denmark', 'european-union', 'united-states']);
    expect(pack.matrix).toHaveLength(4);
    const cited = pack.sections.flatMap((s) => s.statements).filter((s) => s.footnote !== null);
    expect(cited.length).toBe(pack.footnotes.length);
    expect(cited.map((s) => s.footnote)).toEqual(pack.footnotes.map((f) => f.n));
    // Only statements about our data (nothing tracked) go without a document to cite.
    for (const s of pack.sections.flatMap((x) => x.statements).filter((x) => x.footnote === null)) expect(s.text).toMatch(/No document .* is tracked|Not yet coded/);
  });

  it('cites the official URL of each document that has one', () => {
    const withUrl = seed.actors.filter((a) => ['denmark', 'china'].includes(a.slug)).flatMap((a) => a.documents).filter((d) => d.url);
    const cited = pack.footnotes.flatMap((f) => f.citations);
    for (const d of withUrl) {
      const c = cited.find((x) => x.title === d.title);
      if (c) expect(c.url).toBe(d.url);
    }
    expect(urlsOf(pack).length).toBeGreaterThan(0);
  });

  it('flags low-confidence statements and says when a position changed', () => {
    expect(pack.sections.flatMap((s) => s.statements).some((s) => s.lowConfidence)).toBe(true);
    const china = pack.sections.find((s) => s.slug === 'china')!;
    const changes = china.statements.filter((s) => s.text.startsWith('Change:'));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes[0]!.text).toMatch(/moved from “.+” \(\d{4}\) to “.+” \(\d{4}\)/);
  });
});

describe('renderers', () => {
  it('Markdown has one [^n] definition per footnote and every reference resolves', () => {
    const md = renderMarkdown(pack);
    const defs = md.match(/^\[\^\d+\]: /gm) ?? [];
    expect(defs).toHaveLength(pack.footnotes.length);
    const refs = new Set((md.match(/\[\^\d+\](?!:)/g) ?? []).map((r) => r));
    expect(refs.size).toBe(pack.footnotes.length);
    expect(md).toContain('# Cyber due diligence — four positions');
    for (const u of urlsOf(pack)) expect(md).toContain(u);
  });

  it('Word has the title, a table, and one real footnote per cited statement with its URL', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(pack));
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('Cyber due diligence — four positions');
    expect(body).toContain('<w:tbl>');
    expect((body.match(/<w:footnoteReference /g) ?? []).length).toBe(pack.footnotes.length);
    const notes = await zip.file('word/footnotes.xml')!.async('string');
    const ids = [...notes.matchAll(/<w:footnote (?:[^>]*?)w:id="(-?\d+)"/g)].map((m) => Number(m[1]));
    // Word's separator notes have ids -1 and 0; ours start at 1.
    expect(ids.filter((id) => id > 0)).toHaveLength(pack.footnotes.length);
    for (const u of urlsOf(pack)) expect(notes).toContain(u.replace(/&/g, '&amp;'));
  });
});

describe('GET /api/v1/briefing', () => {
  const get = (q: string) => GET(new Request(`http://x/api/v1/briefing?${q}`));

  it('serves Word and Markdown with dated file names', async () => {
    const docx = await get('actors=denmark&asOf=2024-01-01&format=docx');
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers.get('content-disposition')).toContain('due-diligence-briefing-2024-01-01.docx');
    expect((await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')).not.toBeNull();
    const md = await get('group=european-union&asOf=2021-12-31&format=md');
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await md.text()).toContain('European Union (bloc)');
  });

  it('answers bad input with 400 or notices, never 500', async () => {
    expect((await get('actors=denmark&format=pdf')).status).toBe(400);
    expect((await get('actors=atlantis&format=md')).status).toBe(400);
    expect((await get('actors=denmark&asOf=never&dims=colour&format=md')).status).toBe(200);
  });
});
