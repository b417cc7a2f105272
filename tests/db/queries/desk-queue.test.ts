/**
 * The verification queue's reads against the real seed, each checked against the public pages' own reads of the same
 * actors (db/queries/actors, db/queries/documents): the queue and the actor pages never disagree on what is coded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listActors } from '@/db/queries/actors';
import {
  listContextQuotes,
  listLowConfidenceApplicability,
  listStateCoverage,
  listStatesWithoutDocuments,
  listUncodedDocuments,
} from '@/db/queries/desk-queue';
import { listActorDocuments, type DocumentWithCodings } from '@/db/queries/documents';
import { buildQueue, filterQueue } from '@/lib/desk/verify-queue';
import { seedTestDb } from '../../helpers/db';

let documentsOf: Map<string, { kind: string; docs: DocumentWithCodings[] }>;

beforeAll(async () => {
  seedTestDb();
  const actors = await listActors();
  documentsOf = new Map(await Promise.all(actors.map(async (a) => [a.slug, { kind: a.kind, docs: await listActorDocuments(a.id) }] as const)));
});

const pairs = (rows: { actor: { slug: string }; document: { slug: string } }[]) => rows.map((r) => `${r.actor.slug}/${r.document.slug}`).sort();

describe('the verification queue reads', () => {
  it('lists every tracked document an author has not coded at all, and no other', async () => {
    const expected = [...documentsOf].flatMap(([slug, { docs }]) => docs.filter((d) => d.codings.length === 0).map((d) => `${slug}/${d.slug}`)).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(pairs(await listUncodedDocuments())).toEqual(expected);
  });

  it('gives each State with documents its latest document and the dimensions it has coded', async () => {
    const coverage = await listStateCoverage();
    const states = [...documentsOf].filter(([, a]) => a.kind === 'state' && a.docs.length > 0);
    expect(coverage.map((c) => c.actor.slug).sort()).toEqual(states.map(([s]) => s).sort());
    for (const c of coverage) {
      const docs = documentsOf.get(c.actor.slug)!.docs;
      expect(c.latest.slug, c.actor.slug).toBe(docs.at(-1)!.slug);
      expect([...c.coded].sort(), c.actor.slug).toEqual([...new Set(docs.flatMap((d) => d.codings.map((x) => x.dimension)))].sort());
    }
  });

  it('lists States with no document', async () => {
    const expected = [...documentsOf].filter(([, a]) => a.kind === 'state' && a.docs.length === 0).map(([s]) => s);
    expect((await listStatesWithoutDocuments()).map((a) => a.slug).sort()).toEqual(expected.sort());
  });

  it('lists States’ low-confidence applicability values', async () => {
    const expected = [...documentsOf]
      .filter(([, a]) => a.kind === 'state')
      .flatMap(([slug, { docs }]) =>
        docs
          .filter((d) => d.codings.some((c) => c.dimension === 'applicability' && c.confidence === 'low' && c.value !== null))
          .map((d) => `${slug}/${d.slug}`),
      )
      .sort();
    expect(pairs(await listLowConfidenceApplicability())).toEqual(expected);
  });

  it('points each context quote of a coded document at its current applicability coding', async () => {
    const quotes = await listContextQuotes();
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      const doc = documentsOf.get(q.actor.slug)!.docs.find((d) => d.slug === q.document.slug)!;
      expect(doc.passages.some((p) => p.quote === q.quote && p.role === 'context')).toBe(true);
      expect(q.codingId).toBe(doc.codings.find((c) => c.dimension === 'applicability')?.id ?? null);
    }
  });

  it('pages through every item: the kinds add up to the whole queue', async () => {
    const items = buildQueue({
      lowConfidence: await listLowConfidenceApplicability(),
      contextQuotes: await listContextQuotes(),
      uncodedDocuments: await listUncodedDocuments(),
      stateCoverage: await listStateCoverage(),
      noDocument: await listStatesWithoutDocuments(),
    });
    const { countsByKind } = filterQueue(items, { kind: null, actor: null, dimension: null });
    expect(Object.values(countsByKind).reduce((a, b) => a + b, 0)).toBe(items.length);
    const uncodedDoc = items.find((i) => i.kind === 'uncoded_document')!;
    const forActor = filterQueue(items, { kind: null, actor: uncodedDoc.actor.slug, dimension: 'knowledge' }).items;
    expect(forActor.every((i) => i.actor.slug === uncodedDoc.actor.slug)).toBe(true);
    expect(forActor).toContainEqual(uncodedDoc);
  });
});
