import { CODEBOOK_VERSION } from '@/lib/domain/codebook';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listActorDocuments, listCodingHistory } from '@/db/queries/documents';
import { getDatasetMeta } from '@/db/queries/meta';
import { seedDatabase } from '@/seed/load';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { actorId, seedTestDb } from '../helpers/db';

const seed = readSeedDir(DEFAULT_SEED_DIR);
beforeAll(() => seedTestDb(seed));

describe('listActorDocuments', () => {
  it("returns Denmark's documents in date order with quotes, locators, links and codings from the seed", async () => {
    // Denmark's own file and the joint documents filed under a co-author (dataset 1.2's ransomware statement).
    const source = seed.actors.flatMap((a) => a.documents).filter((d) => d.authors.includes('denmark'));
    const docs = await listActorDocuments(actorId('denmark'));
    expect(docs.map((d) => d.slug)).toEqual([...source].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map((d) => d.id));
    for (const d of docs) {
      const r = source.find((s) => s.id === d.slug)!;
      expect(d.url).toBe(r.url);
      expect(d.confidence).toBe(r.confidence);
      expect(d.passages.map((p) => p.quote)).toEqual(r.quote ? [r.quote] : []);
      expect(d.passages.map((p) => p.locator)).toEqual(r.quote_locator ? [r.quote_locator] : []);
      const coded = Object.entries(r.codings).filter(([k]) => k !== 'threshold_text' && k !== 'remedies');
      for (const [dimension, value] of coded) expect(d.codings.find((c) => c.dimension === dimension)?.value).toBe(value);
    }
  });

  it('keeps a tracked but uncoded document, with no codings and no confidence', async () => {
    const uncoded = seed.actors.flatMap((a) => a.documents.map((d) => ({ actor: a.slug, d }))).find(({ d }) => Object.keys(d.codings).length === 0)!;
    const docs = await listActorDocuments(actorId(uncoded.actor));
    const doc = docs.find((d) => d.slug === uncoded.d.id)!;
    expect(doc.codings).toEqual([]);
    expect(doc.confidence).toBeNull();
  });

  it('records threshold words without a value as a coding with free text only', async () => {
    const rec = seed.actors.flatMap((a) => a.documents.map((d) => ({ actor: a.slug, d }))).find(({ d }) => d.codings.threshold_text && !d.codings.threshold)!;
    const doc = (await listActorDocuments(actorId(rec.actor))).find((d) => d.slug === rec.d.id)!;
    expect(doc.codings.find((c) => c.dimension === 'threshold')).toMatchObject({ value: null, freeText: rec.d.codings.threshold_text });
  });
});

describe('listCodingHistory', () => {
  it('returns the current coding and the versions it superseded, newest first', async () => {
    const corrected = readSeedDir(DEFAULT_SEED_DIR);
    const denmark = corrected.actors.find((a) => a.slug === 'denmark')!;
    denmark.documents[0]!.codings.applicability = 'binding_obligation';
    seedDatabase(db, corrected, { now: '2026-06-01T00:00:00.000Z' });
    const doc = (await listActorDocuments(actorId('denmark')))[0]!;
    const current = doc.codings.find((c) => c.dimension === 'applicability')!;
    const history = await listCodingHistory(current.id);
    expect(history.map((h) => h.value)).toEqual(['binding_obligation', seed.actors.find((a) => a.slug === 'denmark')!.documents[0]!.codings.applicability]);
    expect(history[1]!.passages[0]?.quote).toBe(denmark.documents[0]!.quote);
  });
});

describe('getDatasetMeta', () => {
  it('reports the dataset and codebook versions of the loaded seed', async () => {
    expect(await getDatasetMeta()).toMatchObject({ datasetVersion: seed.meta.dataset_version, codebookVersion: CODEBOOK_VERSION });
  });
});
