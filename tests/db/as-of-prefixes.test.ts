/**
 * The one-pass rule (resolvePrefixes, used by /changes and the timeline) against the definition (resolveAsOf): the
 * same outcome after every document of every actor on every dimension of the real seed, and of the scaled benchmark
 * data shape (many documents per actor).
 */
import { describe, expect, it } from 'vitest';
import { listActorEvidence } from '@/db/queries/positions';
import { compareDocuments, resolveAsOf, resolvePrefixes } from '@/lib/domain/as-of';
import { DIMENSION_KEYS } from '@/lib/domain/codebook';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { scaleDocuments } from '@/scripts/bench-data';
import { seedTestDb } from '../helpers/db';

async function expectPrefixesMatchDefinition(): Promise<number> {
  let checked = 0;
  for (const e of await listActorEvidence()) {
    const ordered = [...e.documents].sort(compareDocuments);
    for (const dimension of DIMENSION_KEYS) {
      const fast = resolvePrefixes(dimension, ordered, e.codings);
      ordered.forEach((doc, i) => {
        // The definition, with exactly documents 0..i in effect on doc's day.
        expect(fast[i], `${e.actor.slug} ${dimension} after ${doc.slug}`).toEqual(resolveAsOf(dimension, doc.effective, ordered.slice(0, i + 1), e.codings));
        checked++;
      });
    }
  }
  return checked;
}

describe('resolvePrefixes', () => {
  it('equals the as-of rule after every document of the real seed, then of a seed with three times the documents', async () => {
    const seed = readSeedDir(DEFAULT_SEED_DIR);
    seedTestDb(seed);
    expect(await expectPrefixesMatchDefinition()).toBeGreaterThan(500);
    seedTestDb(scaleDocuments(seed, 3));
    expect(await expectPrefixesMatchDefinition()).toBeGreaterThan(1500);
  }, 120_000);
});
