/** The reading view's loader, search in source texts and the download, on a real database with a stored source. */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listSourcedDocumentSlugs, searchSourceTexts } from '@/db/queries/sources';
import { attachSourceFromCommandLine } from '@/db/write/sources';
import { SOURCE_ADD_WRITER } from '@/scripts/source-add';
import { sourceDownload } from '@/server/sources/download';
import { prepareSource } from '@/server/sources/prepare-source';
import { loadSourceView, type SourceViewWithText } from '@/server/views/source';
import { loadSearchView } from '@/server/views/search';
import { makePdf } from '../helpers/source-files';
import { seedTestDb } from '../helpers/db';
import { EXPERT_DOC, OTHER_STATE_DOC, sourceTestSeed, STATE_DOC } from '../sources/helpers';

const QUOTE = 'Quoted words of ' + STATE_DOC; // the fixture's quote of STATE_DOC (tests/fixtures/seed.ts)
let passageId: number;
let pdf: Uint8Array;

beforeAll(async () => {
  seedTestDb(sourceTestSeed());
  passageId = (db.$client.prepare('SELECT p.id FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.slug = ?').get(STATE_DOC) as { id: number }).id;
  pdf = makePdf([['Cover'], ['Ruritania on cyber operations.', `${QUOTE}, and more.`], ['Annex on capacity building.']]);
  const meta = { originalUrl: null, obtainedOn: '2026-04-01', redistribution: null };
  attachSourceFromCommandLine(
    { db, by: SOURCE_ADD_WRITER, why: 'test' },
    { documentSlug: STATE_DOC, file: await prepareSource(pdf, 'paper.pdf'), metadata: meta },
  );
  const expert = await prepareSource(makePdf([['Rule 6: a State must exercise due diligence.']]), 'manual.pdf');
  attachSourceFromCommandLine({ db, by: SOURCE_ADD_WRITER, why: 'test' }, { documentSlug: EXPERT_DOC, file: expert, metadata: meta });
});

describe('loadSourceView', () => {
  it('opens the page of a quote, highlighted, and says it was found word for word', async () => {
    const view = (await loadSourceView(STATE_DOC, { passage: String(passageId) })) as SourceViewWithText;
    expect(view.match).toEqual({ status: 'found', pages: [2] });
    expect(view.unit.seq).toBe(2);
    expect(view.unitCount).toBe(3);
    expect(view.unit.segments.filter((s) => s.marks.includes('quote')).map((s) => s.text)).toEqual([QUOTE]);
    expect(view.notices).toEqual([]);
  });

  it('marks search words on the page asked for, and explains bad parameters instead of failing', async () => {
    const view = (await loadSourceView(STATE_DOC, { page: '3', q: 'capacity' })) as SourceViewWithText;
    expect(view.unit.segments.filter((s) => s.marks.includes('search')).map((s) => s.text)).toEqual(['capacity']);
    const bad = (await loadSourceView(STATE_DOC, { page: '40', passage: '999999' })) as SourceViewWithText;
    expect(bad.unit.seq).toBe(1);
    expect(bad.notices).toEqual(["Quote 999999 is not one of this document's quotes; nothing is highlighted.", 'This source has 3 pages; showing the first.']);
  });

  it('is null for an unknown document and has no source for a document without one', async () => {
    expect(await loadSourceView('nope', {})).toBeNull();
    expect((await loadSourceView(OTHER_STATE_DOC, {}))?.source).toBeNull();
  });
});

describe('search in source texts', () => {
  it('finds a phrase on its page, with the document, and the search page lists it beside the other hits', async () => {
    const hits = await searchSourceTexts('"cyber operations"');
    expect(hits.map((h) => [h.documentSlug, h.seq])).toEqual([[STATE_DOC, 2]]);
    expect(hits[0]!.snippet).toContain('[[cyber operations]]');
    const page = await loadSearchView({ q: 'diligence' });
    expect(page.sources.map((h) => h.documentSlug)).toEqual([EXPERT_DOC]);
    expect(await listSourcedDocumentSlugs()).toEqual(new Set([STATE_DOC, EXPERT_DOC]));
  });
});

describe('sourceDownload', () => {
  it('serves the stored bytes as an inert attachment, and refuses a file that may not be redistributed', async () => {
    const res = await sourceDownload(STATE_DOC, new Request('http://localhost/x'));
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="paper.pdf"; filename*=UTF-8''paper.pdf`);
    expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const refused = await sourceDownload(EXPERT_DOC, new Request('http://localhost/x'));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/not offered for download/);
    expect((await sourceDownload(OTHER_STATE_DOC, new Request('http://localhost/x'))).status).toBe(404);
  });
});

describe('read-in-context links', () => {
  it('the dimension view marks the documents with a stored source for its side-by-side quotes', async () => {
    const { loadDimensionView } = await import('@/server/views/dimension');
    const loaded = await loadDimensionView('applicability', { wording: 'ruritania' });
    expect(loaded?.sourced.has(STATE_DOC)).toBe(true);
    expect(loaded?.sourced.has(OTHER_STATE_DOC)).toBe(false);
  });
});

describe('evidence of a cell', () => {
  it('says whether the document has a stored source and names each quote by its passage id', async () => {
    const { listCodingEvidence } = await import('@/db/queries/evidence');
    const codingId = (
      db.$client.prepare('SELECT c.id FROM codings c JOIN documents d ON d.id = c.document_id WHERE d.slug = ?').get(STATE_DOC) as { id: number }
    ).id;
    const e = (await listCodingEvidence([codingId])).get(codingId)!;
    expect(e.document.hasSource).toBe(true);
    expect(e.quotes.map((q) => q.passageId)).toEqual([passageId]);
  });
});
