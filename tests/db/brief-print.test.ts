/**
 * Issue 19: the ambassador's brief on the EU, China, Russia, the US and the AU, in the default layout, from the real
 * data through the download route, converted to PDF by LibreOffice (scripts/ensure-libreoffice.sh) and read back with
 * pdftotext / pdfinfo: at most two A4 portrait pages, the actors in the order chosen, no column that is "Not yet coded"
 * for every actor, one confidence note per actor, the running header and page numbers on every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/briefing/route';
import { getBriefingInput, getBriefingVocabulary } from '@/db/queries/briefing';
import { resolveActorAsOf, isCoded } from '@/lib/domain/as-of';
import { DIMENSION_KEYS, DIMENSION_LABELS } from '@/lib/domain/codebook';
import { parseBriefingParams } from '@/lib/url/briefing-params';
import { seedTestDb } from '../helpers/db';

const ACTORS = ['european-union', 'china', 'russia', 'united-states', 'african-union'];
const AS_OF = '2026-06-30';
let dir: string;
let pages: number;
let info: string;
let text: string;

beforeAll(async () => {
  seedTestDb();
  const res = await GET(new Request(`http://localhost/api/v1/briefing?actors=${ACTORS.join(',')}&asOf=${AS_OF}&format=docx`));
  expect(res.status).toBe(200);
  dir = mkdtempSync(join(tmpdir(), 'brief-pdf-'));
  writeFileSync(join(dir, 'brief.docx'), new Uint8Array(await res.arrayBuffer()));
  // A private LibreOffice profile, so a parallel run or a desktop session cannot lock the conversion.
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'brief.docx')], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  info = execFileSync('pdfinfo', [join(dir, 'brief.pdf')], { encoding: 'utf8' });
  pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  text = execFileSync('pdftotext', ['-layout', join(dir, 'brief.pdf'), '-'], { encoding: 'utf8' });
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the test expects, computed from the data with the as-of rule, not from the brief. */
async function expected() {
  const { params } = parseBriefingParams({ actors: ACTORS.join(','), asOf: AS_OF }, await getBriefingVocabulary(), AS_OF);
  const input = await getBriefingInput(params, AS_OF);
  const outcomes = input.actors.map((a) => resolveActorAsOf(DIMENSION_KEYS, AS_OF, a.documents, a.codings));
  const coded = DIMENSION_KEYS.filter((d) => d !== 'applicability' && outcomes.some((o) => isCoded(o[d]!)));
  return { names: input.actors.map((a) => a.name), coded, uncoded: DIMENSION_KEYS.filter((d) => d !== 'applicability' && !coded.includes(d)) };
}

describe('the two-page brief, converted by LibreOffice', () => {
  it('is at most two A4 portrait pages, each with the running header and its page number', () => {
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts/);
    const perPage = text.split('\f').filter((p) => p.trim());
    expect(perPage).toHaveLength(pages);
    perPage.forEach((page, i) => {
      expect(page).toContain(`positions as of ${AS_OF}`);
      expect(page).toContain(`Page ${i + 1} of ${pages}`);
    });
  });

  it('lists the actors in the order chosen, and has a column only for dimensions coded for one of them', async () => {
    const { names, coded, uncoded } = await expected();
    expect(names).toEqual(['European Union', 'China', 'Russia', 'United States', 'African Union']);
    const table = text.slice(text.indexOf(`Positions as of ${AS_OF}`));
    const at = names.map((n) => table.search(new RegExp(`^\\s*${n}\\s`, 'm')));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    const header = table.split('\n').find((l) => /^\s*Actor\s+Applicability/.test(l))!;
    for (const d of coded) expect(header).toContain(DIMENSION_LABELS[d]);
    for (const d of uncoded) expect(header).not.toContain(DIMENSION_LABELS[d]);
    expect(uncoded.length).toBeGreaterThan(0);
  });

  it('has a bottom line on top, one confidence note per actor, no per-sentence flags, and the annex', () => {
    expect(text.indexOf('Bottom line')).toBeLessThan(text.indexOf(`Positions as of ${AS_OF}`));
    // One note per actor; a note may wrap right after its label in the PDF text.
    expect(text.match(/Confidence:\s/g)).toHaveLength(ACTORS.length);
    expect(text).not.toContain('[low confidence — verify before citing]');
    expect(text).toContain('Annex: gaps, method and notes');
  });
});
