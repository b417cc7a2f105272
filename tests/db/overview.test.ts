import { beforeAll, describe, expect, it } from 'vitest';
import { getOverview } from '@/db/queries/overview';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../helpers/db';

const seed = readSeedDir(DEFAULT_SEED_DIR);
/** A joint document counts for every co-author (dataset 1.1 `authors`). */
const authored = new Set(seed.actors.flatMap((a) => a.documents).flatMap((d) => d.authors));
beforeAll(() => seedTestDb(seed));

describe('getOverview', () => {
  it('counts actors, documents and uncoded documents from the seed', async () => {
    const o = await getOverview();
    const docs = seed.actors.flatMap((a) => a.documents);
    expect(o.documents).toBe(docs.length);
    expect(o.uncodedDocuments).toBe(docs.filter((d) => Object.keys(d.codings).length === 0).length);
    expect(o.actorsWithDocuments).toBe(seed.actors.filter((a) => authored.has(a.slug)).length);
    expect(o.statesWithDocuments).toBe(seed.actors.filter((a) => a.kind === 'state' && authored.has(a.slug)).length);
  });
});
