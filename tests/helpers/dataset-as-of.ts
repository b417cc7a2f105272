/**
 * Expected values for tests, computed from the dataset download (/api/v1/dataset, or getDataset() in vitest) with the
 * as-of rule itself (lib/domain/as-of.ts), never from the page under test: one record per actor per document, so an
 * actor's documents and codings are its records.
 */
import { resolveAsOf, type AsOfCoding, type AsOfDocument, type Outcome } from '@/lib/domain/as-of';
import { DIMENSION_KEYS, type DimensionKey } from '@/lib/domain/codebook';
import type { Dataset } from '@/lib/export/dataset-export';

export type ActorInputs = { slug: string; name: string; kind: string; documents: AsOfDocument[]; codings: AsOfCoding[] };

/** Every actor of the dataset (those without documents too) with the as-of rule's inputs. */
export function asOfInputs(data: Pick<Dataset, 'records' | 'actors'>): Map<string, ActorInputs> {
  const out = new Map<string, ActorInputs>(data.actors.map((a) => [a.slug, { slug: a.slug, name: a.name, kind: a.kind, documents: [], codings: [] }]));
  const ids = new Map<string, number>();
  let codingId = 0;
  for (const r of data.records) {
    const inputs = out.get(r.actor_slug);
    if (!inputs) continue;
    if (!ids.has(r.id)) ids.set(r.id, ids.size + 1);
    const documentId = ids.get(r.id)!;
    inputs.documents.push({ id: documentId, slug: r.id, date: r.date, effective: r.effective_date });
    for (const dimension of DIMENSION_KEYS) {
      const c = r.codings[dimension];
      if (c) inputs.codings.push({ id: ++codingId, documentId, dimension, value: c.value, freeText: c.free_text, confidence: c.confidence });
    }
  }
  return out;
}

export function outcomeOf(inputs: ActorInputs, dimension: DimensionKey, asOf: string): Outcome {
  return resolveAsOf(dimension, asOf, inputs.documents, inputs.codings);
}

/** Names of the States whose outcome on `dimension` as of `asOf` has this key (a value, `silent`, `not_coded`, `no_document`). */
export function statesWith(all: Map<string, ActorInputs>, dimension: DimensionKey, asOf: string, key: string): string[] {
  return [...all.values()]
    .filter((a) => a.kind === 'state')
    .filter((a) => {
      const o = outcomeOf(a, dimension, asOf);
      return (o.kind === 'value' || o.kind === 'silent' ? o.value : o.kind) === key;
    })
    .map((a) => a.name)
    .sort((x, y) => x.localeCompare(y, 'en'));
}
