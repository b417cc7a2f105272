/** The briefing download route: formats, file names and refusals, against the real seeded database. */
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/briefing/route';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../../helpers/db';
import { readDocx } from '../../db/briefing-helpers';

beforeAll(() => seedTestDb(readSeedDir(DEFAULT_SEED_DIR)));

describe('GET /api/v1/briefing', () => {
  const get = (q: string) => GET(new Request(`http://localhost/api/v1/briefing?${q}`));

  it('serves Word and Markdown with file names that carry the as-of date', async () => {
    const docx = await get('actors=denmark&asOf=2024-01-01&format=docx&title=Denmark%20alone');
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers.get('content-disposition')).toBe('attachment; filename="due-diligence-briefing-2024-01-01.docx"');
    expect((await readDocx(await docx.arrayBuffer())).body).toContain('Denmark alone');
    const md = await get('group=european-union&asOf=2021-12-31&format=md');
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.headers.get('content-disposition')).toBe('attachment; filename="due-diligence-briefing-2021-12-31.md"');
    expect(await md.text()).toContain('### European Union (bloc)');
  });

  it('answers bad input with 400 and an explanation, or with a pack and notices, never 500', async () => {
    for (const q of ['actors=denmark&format=pdf', 'actors=denmark', 'actors=atlantis&format=md', 'format=docx', 'group=nowhere&format=md']) {
      const res = await get(q);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toBeTruthy();
    }
    for (const q of [
      'actors=denmark&asOf=never&dims=colour&format=md',
      `actors=denmark&title=${'x'.repeat(500)}&purpose=${'y'.repeat(900)}&format=docx`,
      'actors=denmark,atlantis&asOf=1900-01-01&format=md',
    ]) {
      const res = await get(q);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-briefing-notices')).toBeTruthy();
    }
  });

  it('gives the two-page brief by default and the full pack with layout=full, in the order chosen', async () => {
    const q = 'actors=united-states,china,denmark&asOf=2024-12-31&format=md';
    const brief = await (await get(q)).text();
    expect(brief).toContain('## Bottom line');
    expect(brief).not.toContain('## Executive summary');
    const rows = brief.split('\n').filter((l) => /^\| (United States|China|Denmark) \|/.test(l));
    expect(rows.map((l) => l.split(' | ')[0])).toEqual(['| United States', '| China', '| Denmark']);
    const full = await (await get(`${q}&layout=full`)).text();
    expect(full).toContain('## Executive summary');
    expect([...full.matchAll(/^### (.+)$/gm)].map((m) => m[1])).toEqual(['United States', 'China', 'Denmark']);
    const word = await readDocx(await (await get('actors=denmark&format=docx&layout=full')).arrayBuffer());
    expect(word.body).toMatch(/w:orient="landscape"/);
    const briefWord = await readDocx(await (await get('actors=denmark&format=docx')).arrayBuffer());
    expect(briefWord.body).not.toMatch(/w:orient="landscape"/);
    expect(briefWord.body).toContain('Bottom line');
  });

  it('leaves out low-confidence values with minConfidence=medium and says so; a bad layout is a notice', async () => {
    const res = await get('actors=china&asOf=2024-12-31&format=md&minConfidence=medium');
    const md = await res.text();
    expect(md).toContain('Left out (low confidence)');
    expect(md).not.toContain('Unsettled');
    const bad = await get('actors=china&format=md&layout=poster');
    expect(bad.status).toBe(200);
    expect(bad.headers.get('x-briefing-notices')).toContain('layout');
  });
});
