import 'server-only';
import type { DimensionKey } from '@/lib/domain/codebook';
import { wordingColumn, type WordingColumn } from '@/lib/compare/dimension-wording';
import { getActorBySlug } from './actors';
import { listActorDocuments } from './documents';

/** The chosen actors' own words on one dimension, document by document up to the as-of date (one query per actor). */
export async function getDimensionWording(dimension: DimensionKey, slugs: readonly string[], asOf: string): Promise<WordingColumn[]> {
  const columns: WordingColumn[] = [];
  for (const slug of slugs) {
    const actor = await getActorBySlug(slug);
    if (!actor) continue;
    columns.push(wordingColumn(actor, await listActorDocuments(actor.id), dimension, asOf));
  }
  return columns;
}
