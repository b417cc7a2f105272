/**
 * Re-seeding dataset 1.1 over a database loaded from the 1.0 seed (tests/fixtures/seed-1.0, the seed as it was before
 * 1.1): changed codings are appended as corrections, the earlier value stays in the history, and /changes and the
 * Atom feed list them as corrections of our coding, never as a change of position.
 */
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as compareGET } from '@/app/api/v1/compare/route';
import { GET } from '@/app/changes.atom/route';
import { listDocumentChanges } from '@/db/queries/changes';
import { listCorrections } from '@/db/queries/corrections';
import { listActorDocuments, listCodingHistory } from '@/db/queries/documents';
import { getCellEvidence } from '@/db/queries/evidence';
import { migrateDatabase } from '@/db/migrate';
import { db } from '@/db/client';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { seedDatabase } from '@/seed/load';
import { readSeedDir } from '@/seed/read';
import { actorId } from '../helpers/db';

const OLD_SEED = fileURLToPath(new URL('../fixtures/seed-1.0', import.meta.url));
const codingCount = () => (db.$client.prepare('SELECT count(*) AS n FROM codings').get() as { n: number }).n;
let before = 0;

beforeAll(() => {
  migrateDatabase(db);
  seedDatabase(db, readSeedDir(OLD_SEED), { now: '2026-11-22T00:00:00.000Z' });
  before = codingCount();
  seedDatabase(db, readSeedDir(DEFAULT_SEED_DIR), { now: '2026-12-01T00:00:00.000Z' });
}, 120_000);

function applicabilityRow(documentSlug: string, actorSlug: string) {
  return db.$client
    .prepare(
      `SELECT c.id, c.value, c.reason, c.reason_note AS reasonNote, c.created_by AS createdBy, c.supersedes_id AS supersedesId FROM codings c
       JOIN documents d ON d.id = c.document_id JOIN actors a ON a.id = c.actor_id
       WHERE d.slug = ? AND a.slug = ? AND c.dimension_key = 'applicability'
         AND NOT EXISTS (SELECT 1 FROM codings later WHERE later.supersedes_id = c.id)`,
    )
    .get(documentSlug, actorSlug) as { id: number; value: string; reason: string; reasonNote: string | null; createdBy: string; supersedesId: number | null };
}

describe('re-seeding 1.1 over a 1.0 database', () => {
  it('deletes nothing: every 1.0 coding row is still there', () => {
    expect(codingCount()).toBeGreaterThan(before);
    const rows = db.$client.prepare("SELECT count(*) AS n FROM codings WHERE created_at = '2026-11-22T00:00:00.000Z'").get() as { n: number };
    expect(rows.n).toBe(before);
  });

  it('appends the recode of Japan’s speech as a correction whose history keeps the earlier value', async () => {
    const current = applicabilityRow('japan-2021-05-28-speech', 'japan');
    expect(current).toMatchObject({ value: 'political_support', reason: 'correction', createdBy: expect.stringMatching(/^import:/) });
    expect(current.reasonNote).toContain('Unsettled / open → Supported, no legal view');
    const history = await listCodingHistory(current.id);
    expect(history.map((h) => [h.value, h.reason])).toEqual([
      ['political_support', 'correction'],
      ['unsettled', 'original'],
    ]);
  });

  it('shows the ICJ as general law, with the earlier binding reading in the evidence history', async () => {
    const cell = await getCellEvidence('international-court-of-justice', 'applicability', '2026-12-01');
    expect(cell?.outcome).toMatchObject({ kind: 'value', value: 'general_law_only' });
    expect(cell?.history.map((h) => h.value)).toEqual(['binding_obligation']);
    expect(cell?.evidence?.reason).toBe('correction');
  });

  it('lists corrections apart, never as changes of position', async () => {
    const corrections = await listCorrections();
    const japan = corrections.find((c) => c.document.slug === 'japan-2021-05-28-speech' && c.dimension === 'applicability');
    expect(japan).toMatchObject({ before: { value: 'unsettled' }, after: { value: 'political_support' }, reason: 'correction' });
    // Every applicability value the 1.1 CHANGELOG says was recoded is among them (7 + ICJ + ILC).
    const recoded = corrections.filter((c) => c.dimension === 'applicability' && c.before.value !== c.after.value).map((c) => c.document.slug);
    for (const slug of [
      'china-2017-03-01-strategy',
      'denmark-2020-joint-statement',
      'european-union-2017-06-other',
      'international-court-of-justice-1949-04-09-judgment',
      'international-law-commission-2001-report',
      'un-gge-2013-06-24-report',
    ]) {
      expect(recoded).toContain(slug);
    }
    // Japan's own change events: the first coded value only, no move to another value on 28 May 2021.
    const events = await listDocumentChanges({ actors: ['japan'] });
    const moves = events.flatMap((e) => e.changes).filter((c) => c.dimension === 'applicability');
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ from: { kind: 'no_document' }, to: { kind: 'value', value: 'binding_obligation' } });
  });

  it('gives corrections their own Atom entries, titled as corrections of our coding', async () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      await (await GET(new Request('http://tracker.test/changes.atom?actor=japan'))).text(),
    );
    const entries = [xml.feed.entry].flat() as { id: string; title: string | { '#text': string } }[];
    const title = (e: (typeof entries)[number]) => (typeof e.title === 'string' ? e.title : e.title['#text']);
    const corrections = entries.filter((e) => e.id.startsWith('urn:cdd-tracker:correction:'));
    expect(corrections.length).toBeGreaterThan(0);
    for (const e of corrections) expect(title(e)).toMatch(/^Japan: correction of our coding — /);
    const changeTitles = entries.filter((e) => e.id.startsWith('urn:cdd-tracker:change:')).map(title);
    expect(changeTitles.some((t) => /Unsettled|Supported, no legal view/.test(t))).toBe(false);
  });

  it('shows only the current reading’s quotes on the actor page, with their role', async () => {
    const docs = await listActorDocuments(actorId('japan'));
    const paper = docs.find((d) => d.slug === 'japan-2021-05-28-gge-contribution')!;
    expect(paper.passages).toHaveLength(1);
    expect(paper.passages[0]!.locator).not.toMatch(/markdown copy|GitHub/);
    expect(paper.passages[0]!.role).toBe('due_diligence');
  });

  it('shows none of the 1.0 research notes on actor pages, in cell evidence or in exports after the re-seed', async () => {
    const markers = [
      'NOT RESOLVED',
      'HIGH PRIORITY',
      'FIRST PASS NOTES',
      'SECOND PASS',
      'UNVERIFIED RECOLLECTION',
      'WEAK RECORD',
      'markdown copy in GitHub repo',
    ];
    const old = JSON.stringify(readSeedDir(OLD_SEED));
    expect(markers.every((m) => old.includes(m))).toBe(true);
    const slugs = db.$client.prepare('SELECT DISTINCT a.slug FROM actors a JOIN document_authors da ON da.actor_id = a.id').all() as { slug: string }[];
    for (const { slug } of slugs) {
      const shown = JSON.stringify(await listActorDocuments(actorId(slug)));
      const cell = await getCellEvidence(slug, 'applicability', '2026-12-01');
      // What the evidence panel renders: the current coding's evidence, and value/date/confidence of earlier rows.
      const panel = JSON.stringify([cell?.evidence, cell?.history.map((h) => [h.value, h.createdAt, h.confidence, h.reason])]);
      for (const m of markers) {
        expect(shown.includes(m), `${slug} page: ${m}`).toBe(false);
        expect(panel.includes(m), `${slug} evidence: ${m}`).toBe(false);
      }
    }
    const res = await compareGET(new Request('http://tracker.test/api/v1/compare?format=csv&undocumented=show'));
    const csv = await res.text();
    for (const m of markers) expect(csv.includes(m), m).toBe(false);
  });

  it('is idempotent afterwards: loading 1.1 again appends nothing', () => {
    const n = codingCount();
    expect(seedDatabase(db, readSeedDir(DEFAULT_SEED_DIR), { now: '2026-12-02T00:00:00.000Z' }).codingsAdded).toBe(0);
    expect(codingCount()).toBe(n);
  });
});
