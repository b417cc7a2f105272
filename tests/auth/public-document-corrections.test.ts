/**
 * A correction of a document's own record and a document's withdrawal, published through the write layer, show on
 * /changes and in its Atom feed as corrections of our record — with what changed, the reason and the authors — and
 * follow the page's actor and period filters. Real SQLite (this file's database), real write layer, real loader and
 * route handler.
 */
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { createProposal, reviewProposal } from '@/db/write/proposals';
import { GET } from '@/app/changes.atom/route';
import { describeDocumentCorrection } from '@/lib/changes/document-correction-text';
import { loadChangesView } from '@/server/views/changes';
import { seedTestDb } from '../helpers/db';

const editor = { userId: 'u-ed', role: 'editor' as const, label: 'Eda Editor' };
const reviewer = { userId: 'u-rev', role: 'reviewer' as const, label: 'Rex Reviewer' };
const CORRECTED = 'The ministry’s page gives another title (test)';
const WITHDRAWN = 'A draft, never adopted (test)';

type Doc = { slug: string; title: string; actor: string; actorName: string };
let corrected: Doc;
let withdrawn: Doc;
let today: string;

beforeAll(() => {
  seedTestDb();
  const docs = db.$client
    .prepare(
      `SELECT d.slug, d.title, a.slug AS actor, a.name AS actorName FROM documents d
       JOIN document_authors da ON da.document_id = d.id JOIN actors a ON a.id = da.actor_id
       WHERE (SELECT count(*) FROM document_authors x WHERE x.document_id = d.id) = 1
       ORDER BY a.slug, d.slug`,
    )
    .all() as Doc[];
  corrected = docs[0]!;
  withdrawn = docs.find((d) => d.actor !== corrected.actor)!;
  const publish = (why: string, payload: Parameters<typeof createProposal>[1]) => {
    const p = createProposal({ db, by: editor, why }, payload);
    reviewProposal({ db, by: reviewer, why: 'Checked' }, { id: p.id, decision: 'approve' });
  };
  publish(CORRECTED, {
    kind: 'document_correction',
    documentSlug: corrected.slug,
    actorSlug: corrected.actor,
    document: { title: `${corrected.title} (corrected)` },
  });
  publish(WITHDRAWN, { kind: 'document_withdrawal', documentSlug: withdrawn.slug, actorSlug: withdrawn.actor });
  today = new Date().toISOString().slice(0, 10);
}, 120_000);

describe('corrections of documents’ records on /changes', () => {
  it('lists the correction with what changed and the withdrawal, newest first, each with its reason and authors', async () => {
    const { documentCorrections } = await loadChangesView({});
    expect(documentCorrections.map((c) => [c.kind, c.document.slug, c.reason])).toEqual([
      ['withdrawal', withdrawn.slug, WITHDRAWN],
      ['correction', corrected.slug, CORRECTED],
    ]);
    const [w, c] = documentCorrections;
    expect(c!.authors).toEqual([{ slug: corrected.actor, name: corrected.actorName }]);
    expect(c!.document.title).toBe(`${corrected.title} (corrected)`);
    expect(describeDocumentCorrection(c!)).toBe(`Title was “${corrected.title}”, now “${corrected.title} (corrected)”`);
    // The withdrawn document has no author left in the record; the revision kept who wrote it.
    expect(w!.authors).toEqual([{ slug: withdrawn.actor, name: withdrawn.actorName }]);
    expect(describeDocumentCorrection(w!)).toMatch(/^Withdrawn from the record/);
  });

  it('follows the actor and period filters', async () => {
    const byActor = await loadChangesView({ actors: corrected.actor });
    expect(byActor.documentCorrections.map((c) => c.document.slug)).toEqual([corrected.slug]);
    const other = await loadChangesView({ actors: withdrawn.actor });
    expect(other.documentCorrections.map((c) => c.document.slug)).toEqual([withdrawn.slug]);
    const before = await loadChangesView({ to: '2020-01-01' });
    expect(before.documentCorrections).toEqual([]);
    const sinceToday = await loadChangesView({ from: today });
    expect(sinceToday.documentCorrections).toHaveLength(2);
  });

  it('are Atom entries of their own, with stable ids, the reason, and a link to the corrected card', async () => {
    const res = await GET(new Request('http://tracker.test/changes.atom'));
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(await res.text());
    const entries = [xml.feed.entry].flat() as { id: string; title: { '#text': string }; link: { '@href': string }; content: { '#text': string } }[];
    const ours = entries.filter((e) => e.id.startsWith('urn:cdd-tracker:document-revision:'));
    expect(ours.map((e) => e.id.split(':')[3])).toEqual([withdrawn.slug, corrected.slug]);
    const fix = ours[1]!;
    expect(fix.title['#text']).toBe(`${corrected.actorName}: correction of a document’s record — ${corrected.title} (corrected)`);
    const path = (href: string) => {
      const u = new URL(href);
      return u.pathname + u.hash;
    };
    expect(path(fix.link['@href'])).toBe(`/actors/${corrected.actor}#doc-${corrected.slug}`);
    expect(fix.content['#text']).toContain(CORRECTED);
    expect(path(ours[0]!.link['@href'])).toBe(`/actors/${withdrawn.actor}`);
  });
});
